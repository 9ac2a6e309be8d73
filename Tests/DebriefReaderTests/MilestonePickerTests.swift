@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Testing

/// How the picker places milestones when the words alone do not settle it, in our own words.
@Suite struct MilestonePickerTests {
    @Test func aChangeShippedAfterTheCauseIsKnownIsTheFix() {
        let incident = readIncident("""
        # Checkout errors

        ## Timeline

        2023-06-14 (all times UTC)

        - 14:00 checkout deploy goes out; errors begin
        - 14:03 error budget alert fired
        - 14:09 root cause found: a missing feature flag
        - 14:12 Execute the flag migration on every region
        - 14:15 checkout back to normal
        """)
        // The 14:00 deploy is the trigger; the 14:12 change is the fix.
        #expect(incident.utcTime(.started) == "2023-06-14T14:00:00Z")
        #expect(incident.utcTime(.mitigated) == "2023-06-14T14:12:00Z")
        #expect(incident.utcTime(.resolved) == "2023-06-14T14:15:00Z")
    }

    @Test func aPlannedOrFailedChangeIsNotTheFix() {
        #expect(MilestoneRules.shipsChange("Deploy script - workers are up again"))
        #expect(!MilestoneRules.shipsChange("we will deploy the patch tomorrow"))
        #expect(!MilestoneRules.shipsChange("Deployment of the patch fails on CI"))
        #expect(!MilestoneRules.shipsChange("review the code before deployment"))
    }

    @Test func mitigationIsWhenTheActionCompleted() {
        let incident = readIncident("""
        # Checkout errors

        ## Timeline

        2023-06-14 (all times UTC)

        - 14:00 errors begin
        - 14:03 alert fired
        - 14:05 ticket opened, reverting to the previous release
        - 14:31 rollback successful
        - 14:40 all clear
        """)
        #expect(incident.utcTime(.mitigated) == "2023-06-14T14:31:00Z")
    }

    @Test func troubleAfterTheStatedWindowMovesTheResolution() {
        let incident = readIncident("""
        # Proxy memory

        ## Timeline

        On 2023-11-08, between 10:00 and 11:00 UTC the proxy was killed for lack of memory.

        ### 10:00
        proxy restarts, 503 errors

        ### 11:00
        proxy steady

        ### 12:30
        intermittent 503 errors again, latency 3 s

        ### 13:00
        everything returns to normal
        """)
        #expect(incident.utcTime(.started) == "2023-11-08T10:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-11-08T13:00:00Z")
    }

    @Test func theWindowStandsWhenNothingWentWrongAfterIt() {
        let incident = readIncident("""
        # Proxy memory

        ## Timeline

        On 2023-11-08, between 10:00 and 11:00 UTC the proxy was killed for lack of memory.

        - 10:00 proxy restarts, 503 errors
        - 11:00 proxy steady
        - 15:00 customers told that everything is back to normal
        """)
        #expect(incident.utcTime(.resolved) == "2023-11-08T11:00:00Z")
    }

    @Test func theRespondersOwnObservationAfterAReportIsTheAcknowledgement() {
        let incident = readIncident("""
        # Frozen notebooks

        ## Timeline

        2023-02-20 (all times UTC)

        ### 20:52
        Report that students cannot open the hub

        ### 21:02
        A CPU spike is noticed on the core nodes

        ### 21:21
        Root cause: user pods starve the core pods
        """)
        #expect(incident.utcTime(.detected) == "2023-02-20T20:52:00Z")
        #expect(incident.utcTime(.acknowledged) == "2023-02-20T21:02:00Z")
    }

    @Test func aSecondReportIsNotAnAcknowledgement() {
        let incident = readIncident("""
        # Frozen notebooks

        ## Timeline

        2023-02-20 (all times UTC)

        - 20:52 a teacher reports that students cannot open the hub
        - 21:02 another user reports the same
        - 21:30 core pods restarted
        """)
        #expect(incident.time(of: .acknowledged) == nil)
    }

    @Test func approximateHeadingsAndWrappedSentences() {
        let incident = readIncident("""
        # Proxy memory

        On the day of the launch, at
        10:15 UTC the proxy fell over, which we only saw later.

        ## Timeline

        2023-11-08 (all times UTC)

        ### ~10:20
        5xx errors climb

        ### ~10:40 - 10:50
        proxy restarted, errors drop
        """)
        #expect(incident.timeline.map(\.text) == ["5xx errors climb", "proxy restarted, errors drop"])
        #expect(incident.utcTime(.started) == "2023-11-08T10:20:00Z")
    }

    @Test func theExtentOfTheDamageIsNotItsCause() {
        let incident = readIncident("""
        # Pods stuck creating

        ## Timeline

        - 2023-03-02 08:15 UTC users report new pods stuck in ContainerCreating
        - 2023-03-02 09:00 UTC the team starts listing the namespaces hit
        - 2023-03-02 09:45 UTC identified that the problem affected 6 nodes; cordoned them
        - 2023-03-02 12:35 UTC compared the CNI settings with staging and found one flag was different
        - 2023-03-02 12:42 UTC flag enabled on the live cluster, incident resolved
        """)
        #expect(incident.utcTime(.identified) == "2023-03-02T12:35:00Z")
        #expect(MilestoneRules.candidates("identified that the outage was caused by a bad flag and affected 6 nodes").contains(.identified))
    }

    @Test func theDetectionSectionPicksTheEntryThatTellsTheSameThing() {
        let incident = readIncident("""
        # Thumbnail service down

        ## Detection

        The synthetic login checker sent an email to the on-call engineer. Later, customers wrote in too.

        ## Timeline

        2023-08-01 (all times UTC)

        | Time | Event |
        |---|---|
        | 09:00 | OUTAGE BEGINS thumbnails stop rendering |
        | 09:02 | the pager rota spreadsheet was updated |
        | 09:06 | synthetic login checker sends an email to the on-call |
        | 09:08 | on-call acknowledged |
        """)
        #expect(incident.utcTime(.detected) == "2023-08-01T09:06:00Z")
        #expect(incident.utcTime(.acknowledged) == "2023-08-01T09:08:00Z")
    }

    @Test func aDetectionSectionThatEchoesNoEntryChangesNothing() {
        let incident = readIncident("""
        # Thumbnail service down

        ## Detection

        We were lucky: a friend of the team happened to mention it over lunch.

        ## Timeline

        2023-08-01 (all times UTC)

        - 09:00 thumbnails stop rendering
        - 09:04 latency alert fired
        - 09:08 on-call acknowledged
        """)
        #expect(incident.utcTime(.detected) == "2023-08-01T09:04:00Z")
    }

    @Test func anActionThatVisiblyWorkedBeforeTheCauseWasKnownMitigated() {
        let incident = readIncident("""
        # Ranking quality

        ## Timeline

        2024-02-27 (all times UTC)

        - 18:04 match rate drops; impact begins
        - 18:07 quality alert fires
        - 18:20 rolled back to v87; match rate recovers
        - 18:52 root cause identified: bad weights in v88
        - 19:30 incident resolved
        """)
        #expect(incident.utcTime(.mitigated) == "2024-02-27T18:20:00Z")
    }

    @Test func theSymptomEasingIsAMitigation() {
        let incident = readIncident("""
        # Slow reads

        ## Timeline

        2024-10-15 (all times UTC)

        - 23:12 read latency spikes; impact begins
        - 23:48 root cause identified: a compaction holds the lock
        - 00:05 compaction job killed; latency drops to normal
        - 01:40 backlog drained, incident resolved
        """)
        #expect(incident.utcTime(.mitigated) == "2024-10-16T00:05:00Z")
        #expect(MilestoneRules.reportsImprovement("ingestion resumes and lag starts to come down"))
        #expect(!MilestoneRules.reportsImprovement("match rate drops"))
    }

    @Test func chatLinesQuestionsAndLabels() {
        let incident = readIncident("""
        # Checkout errors

        ## Timeline

        2024-01-19 (all times UTC)

        [10:00] pagerbot: checkout error alert fired
        [10:01] dave: ack, I'm on it
        [10:02] dave: we bumped the sidecar this morning, could that be it?
        [10:19] Identified: the sidecar bump dropped the auth header
        [10:29] carol: rollback is out, errors stop
        """)
        #expect(incident.utcTime(.detected) == "2024-01-19T10:00:00Z")
        #expect(incident.utcTime(.acknowledged) == "2024-01-19T10:01:00Z")
        #expect(incident.utcTime(.identified) == "2024-01-19T10:19:00Z")
        #expect(incident.utcTime(.mitigated) == "2024-01-19T10:29:00Z")
    }

    @Test func theStartIsTheFirstSignOfImpactWhenTheFirstEntryIsOnlyItsCause() {
        let incident = readIncident("""
        # Push outage

        ## Timeline

        2024-06-18 (all times UTC)

        - 10:20 an admin revokes the old signing keys (no impact yet)
        - 10:25 pushes stop being delivered to phones
        - 11:02 delivery alert fires and pages the on-call
        - 12:18 new key deployed; deliveries resume
        - 12:45 incident closed
        """)
        #expect(incident.utcTime(.started) == "2024-06-18T10:25:00Z")
        #expect(incident.utcTime(.detected) == "2024-06-18T11:02:00Z")
        #expect(incident.utcTime(.mitigated) == "2024-06-18T12:18:00Z")
        #expect(incident.utcTime(.resolved) == "2024-06-18T12:45:00Z")
    }

    @Test func aChangeBeforeTheFirstReportStaysTheStartWithoutAnEarlierSymptom() {
        let incident = readIncident("""
        # Push outage

        ## Timeline

        2024-06-18 (all times UTC)

        - 10:20 release 4.2 deployed
        - 10:40 customers report that pushes stop arriving
        """)
        #expect(incident.utcTime(.started) == "2024-06-18T10:20:00Z")
    }

    @Test func noAlertYetDetectsNothingAndAPickedUpIncidentIsAcknowledged() {
        let incident = readIncident("""
        # Search slow

        ## Timeline

        2024-02-08 (all times UTC)

        - 14:05 latency rises for shoppers; no alert yet
        - 14:20 support raises a ticket from a customer
        - 14:24 the on-call picks it up and starts investigating
        """)
        #expect(incident.utcTime(.detected) == "2024-02-08T14:20:00Z")
        #expect(incident.utcTime(.acknowledged) == "2024-02-08T14:24:00Z")
    }

    @Test func aRevertThatStartedMitigatesWhenItIsFullyOut() {
        let incident = readIncident("""
        # Card declines

        ## Timeline

        2024-09-17 (all times UTC)

        - 14:02 card declines jump to 9%
        - 14:05 decline-rate alert fires
        - 14:16 revert of PR 118 started
        - 14:24 revert fully rolled out to all pods; declines dropping fast
        - 15:10 incident closed after 30 minutes of stable metrics
        """)
        #expect(incident.utcTime(.mitigated) == "2024-09-17T14:24:00Z")
    }

    @Test(arguments: [
        ("assignment conversion drops from 93% to 11%", true),
        ("rebuffering ratio for UK viewers starts rising", true),
        ("p95 latency on the dashboard crosses 5s", true),
        ("purchase success rate starts dropping, Android first", true),
        ("rollout finishes; checkout timeouts start", true),
        ("origin request rate starts climbing", false),
        ("p95 drops to 900 ms within five minutes", false),
        ("traffic ramps as schools start; everything nominal", false),
    ])
    func symptomsThatStartAnOutage(_ example: (String, Bool)) {
        #expect(MilestoneRules.reportsImpact(example.0) == example.1)
    }
}
