@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Testing

/// The milestone rule table, in our own words.
@Suite struct MilestoneRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var milestone: Milestone?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "the payments API went down", milestone: .started),
        Case(text: "PagerDuty alert fired for latency", milestone: .detected),
        Case(text: "a customer reported slow pages", milestone: .detected),
        Case(text: "on-call acknowledged the page", milestone: .acknowledged),
        Case(text: "Dana began investigating the logs", milestone: .acknowledged),
        Case(text: "root cause identified: an expired certificate", milestone: .identified),
        Case(text: "we realized the disk was full", milestone: .identified),
        Case(text: "the release was rolled back", milestone: .mitigated),
        Case(text: "traffic failed over to the standby", milestone: .mitigated),
        Case(text: "service fully restored", milestone: .resolved),
        Case(text: "everything back to normal", milestone: .resolved),
        Case(text: "lunch was ordered", milestone: nil),
        Case(text: "the team started to list the affected namespaces", milestone: .acknowledged),
        Case(text: "Marco on it, posts in #incidents", milestone: .acknowledged),
        Case(text: "Hana joins the bridge", milestone: .acknowledged),
        Case(text: "Hana spots the long-running index build. That's it.", milestone: .identified),
        Case(text: "flipped the ranked_v2 feature flag off", milestone: .mitigated),
        Case(text: "players could queue again", milestone: .resolved),
        Case(text: "pool errors tied to PR 118: the ceiling is 40, not 400", milestone: .identified),
        Case(text: "the ward nurse calls the IT service desk about missing prescriptions", milestone: .detected),
        Case(text: "Mateo picks it up after standup", milestone: .acknowledged),
        Case(text: "lag alert fires in the channel. Nobody picks it up", milestone: .detected),
        Case(text: "Cause confirmed: the pool ceiling is 40", milestone: .identified),
        Case(text: "failed the dc2 clients over to dc1", milestone: .mitigated),
        Case(text: "bookings succeed again", milestone: .resolved),
        Case(text: "Ines compared the fee fields and saw the unit mismatch", milestone: .identified),
        Case(text: "Cause clear: the channel did not auto-start", milestone: .identified),
        Case(text: "Lena: Decision: drain the new instances instead of patching", milestone: nil),
        Case(text: "errors started to climb on the edge", milestone: .started),
        Case(text: "Monitoring - the rollback finished and we are watching", milestone: .mitigated),
        Case(text: "compaction job killed; latency drops to normal", milestone: .mitigated),
        Case(text: "dave: we bumped the sidecar, could that be it?", milestone: nil),
        Case(text: "paused the nightly export until morning", milestone: .mitigated),
        Case(text: "installed the missing time daemon on every host", milestone: .mitigated),
        Case(text: "we remove the memory overcommit for now", milestone: .mitigated),
        Case(text: "the problem is now solved", milestone: .resolved),
        Case(text: "confirmed full recovery", milestone: .resolved),
        Case(text: "it was found that half the requests never arrived", milestone: .detected),
        Case(text: "the on-call engineer checked the proxy logs", milestone: .acknowledged),
        Case(text: "Priya looked into the database hosts", milestone: .acknowledged),
        Case(text: "@lee opens a PR to undo the flag flip while we dig in", milestone: .acknowledged),
        Case(text: "while shipping a fix, Omar discovers every CI job is red", milestone: .detected),
        Case(text: "the hosting vendor says apparently a rack lost power", milestone: .identified),
        Case(text: "the cause appeared to be a full disk on the primary", milestone: .identified),
    ])
    func primaryLabel(_ example: Case) {
        #expect(MilestoneRules.classify(example.text) == example.milestone)
    }

    @Test(arguments: [
        "opened a PR to roll back the change",
        "tried to restart the workers",
        "a restart did not help",
        "the service was partially restored",
        "the vendor said the account was actually disabled because the credit ran out",
        "we will remove the flag once traffic settles",
    ])
    func intentionsAndFailedAttemptsDoNotMitigateOrResolve(_ text: String) {
        let candidates = MilestoneRules.candidates(text)
        #expect(!candidates.contains(.mitigated))
        #expect(!candidates.contains(.resolved))
    }

    @Test func anEntryMayAnnounceSeveralMilestones() {
        let candidates = MilestoneRules.candidates("It was discovered that the cron job had stopped, and it was restarted")
        #expect(candidates.contains(.identified))
        #expect(candidates.contains(.mitigated))
    }

    @Test func doubtIsNotIdentification() {
        #expect(!MilestoneRules.candidates("the root cause is still unknown").contains(.identified))
    }

    @Test func wordsMatchAtWordStartsOnly() {
        // "restarted" must not read as "started".
        #expect(!MilestoneRules.candidates("the pods restarted").contains(.started))
    }

    @Test func oneEntryGivesOneOfDetectionAcknowledgementAndIdentification() {
        let incident = readIncident("""
        # Ingest lag

        ## Timeline

        2023-05-02 (all times UTC)

        - 10:00 ingest lag began to grow
        - 10:20 lag noticed on a dashboard and investigation launched
        - 10:40 root cause found: a stuck partition
        - 10:50 partition reassigned and lag drained, back to normal
        """)
        #expect(incident.utcTime(.detected) == "2023-05-02T10:20:00Z")
        #expect(incident.time(of: .acknowledged) == nil)
        #expect(incident.utcTime(.identified) == "2023-05-02T10:40:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-02T10:50:00Z")
    }

    @Test func withNoDetectingEntryTheFirstResponderActionIsTheDetection() {
        let incident = readIncident("""
        # Search down

        ## Timeline

        2023-08-09 (all times UTC)

        - 11:00 search index release shipped
        - 11:04 on-call checked the search logs
        - 11:12 root cause found: a missing index alias
        - 11:15 alias recreated and searches back to normal
        """)
        #expect(incident.utcTime(.detected) == "2023-08-09T11:04:00Z")
        #expect(incident.time(of: .acknowledged) == nil)
        #expect(incident.utcTime(.identified) == "2023-08-09T11:12:00Z")
    }

    @Test func aDetectionAfterARelapseIsNotTheOutagesDetection() {
        let incident = readIncident("""
        # Builds failing

        ## Timeline

        2023-09-12 (all times UTC)

        - 09:00 build workers began failing
        - 09:40 workers restarted; builds back to normal
        - 10:10 builds began failing again under load
        - 10:25 on-call noticed the queue growing
        """)
        #expect(incident.time(of: .detected) == nil)
    }

    @Test func anObservationAfterAnAcknowledgedPageIsNotTheDetection() {
        let incident = readIncident("""
        # Clock skew

        ## Timeline

        2023-09-12 (all times UTC)

        - 14:00 token validation began failing
        - 14:06 on-call acknowledged the page
        - 14:30 ntp tooling reported a 40 second offset
        - 14:45 time daemon installed and tokens back to normal
        """)
        #expect(incident.time(of: .detected) == nil)
        #expect(incident.utcTime(.acknowledged) == "2023-09-12T14:06:00Z")
    }

    @Test func aSelfHealedOutageNoticedLaterIsStillDetected() {
        let incident = readIncident("""
        # Disk full

        ## Timeline

        2023-09-12 (all times UTC)

        - 06:00 upload success rate dropped to zero
        - 06:20 uploads recovered on their own
        - 11:00 the dip was noticed on a dashboard
        """)
        #expect(incident.utcTime(.detected) == "2023-09-12T11:00:00Z")
    }

    @Test func troubleshootingRestartsBeforeTheCauseAreNotMitigation() {
        let incident = readIncident("""
        # Web errors

        ## Timeline

        2023-05-02 (all times UTC)

        - 10:00 web tier began returning 500s
        - 10:05 an engineer noticed the errors
        - 10:10 restarted nginx, no change
        - 10:30 root cause found: the config points at a removed socket
        - 10:35 config corrected
        - 10:40 site back to normal
        """)
        #expect(incident.utcTime(.mitigated) == "2023-05-02T10:35:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-02T10:40:00Z")
    }

    @Test func frontMatterOverridesInference() {
        let incident = readIncident("""
        ---
        title: Cache outage
        timezone: Europe/Berlin
        started: 2023-08-01T10:00:00+02:00
        resolved: 2023-08-01 11:00
        ---
        ## Timeline

        - 2023-08-01 10:30 cache restored
        """)
        #expect(incident.utcTime(.started) == "2023-08-01T08:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-08-01T09:00:00Z")
        #expect(incident.milestones[.resolved]?.source == "front matter")
    }

    @Test func apparentlyExplainsOnlyWhenItIntroducesAFinding() {
        #expect(!MilestoneRules.candidates("the queue apparently recovered by itself").contains(.identified))
    }

    @Test func aRedHerringIsNotTheCause() {
        #expect(!MilestoneRules.candidates("a disk alarm; this turned out to be a red herring").contains(.identified))
    }

    @Test func aSentenceAboutLaterWorkDoesNotCountNow() {
        #expect(!MilestoneRules.candidates("the bug hit production. Analysis started about 20m later").contains(.acknowledged))
    }
}

@Suite("Restarts")
struct RestartRuleTests {
    @Test("a process restarting by itself is a symptom, not a mitigation")
    func selfRestart() {
        #expect(!MilestoneRules.candidates("the ingress proxy restarts after running out of heap").contains(.mitigated))
    }

    @Test("responders restarting something is a mitigation", arguments: ["We restarted the ingress proxy", "Restart the ingress proxy on all nodes"])
    func responderRestart(text: String) {
        #expect(MilestoneRules.candidates(text).contains(.mitigated))
    }
}
