import Testing
@testable import DebriefReader

/// The features an entry's words give, in our own words: health with negation
/// and trends read per clause, who acts, the act, and its modality.
@Suite("Entry features")
struct EntryFeaturesTests {
    @Test("health: bad, good, and negation turning one into the other", arguments: [
        ("checkout requests time out", true, false),
        ("the site is down", true, false),
        ("no errors since the restart", false, true),
        ("search is not working", true, false),
        ("all dashboards healthy again", false, true),
        ("the issue was resolved", false, true),
        ("the deploy finished", false, false),
        // Trouble named as the object of a done change is not reported; an act on a cache is not health.
        ("patched the memory leak in the worker", false, false),
        ("the browser cache was cleared", false, false),
        ("deployed the new build, checkout now fails", true, false),
        // A status code in the plural means what the code means.
        ("search requests start returning 503s", true, false),
        ("the API answers 200s again", false, true),
        // The positives of "unreachable", "inaccessible", "unusable"; "access" itself is no health.
        ("all hosts are reachable again from every region", false, true),
        ("the admin panel is accessible once more", false, true),
        ("the admin panel was unusable", true, false),
        ("we opened access to the admin panel", false, false),
    ])
    func health(text: String, bad: Bool, good: Bool) {
        let features = EntryFeatures(text: text)
        #expect(features.bad == bad, "bad: \(text)")
        #expect(features.good == good, "good: \(text)")
    }

    @Test("a trend decides a measure's health: bad rising is onset, bad falling is easing", arguments: [
        ("error rate rose to 30%", true, false),
        ("latency spiked on the API", true, false),
        ("errors dropped back to baseline", false, true),
        ("throughput fell to zero", true, false),
        ("order throughput climbed back", false, true),
    ])
    func trends(text: String, bad: Bool, good: Bool) {
        let features = EntryFeatures(text: text)
        #expect(features.bad == bad, "bad: \(text)")
        #expect(features.good == good, "good: \(text)")
    }

    @Test("impact begins only where the onset is of the trouble")
    func onset() {
        #expect(EntryFeatures(text: "payments began failing").onset)
        #expect(EntryFeatures(text: "queue workers stopped consuming").onset)
        #expect(!EntryFeatures(text: "the team started debugging the failing job").onset)
        #expect(!EntryFeatures(text: "payments are failing").onset)
    }

    @Test("a fix after trouble in one entry eases the symptom")
    func improving() {
        #expect(EntryFeatures(text: "cache flushed; errors fall off quickly").improving)
        #expect(!EntryFeatures(text: "cache flushed; errors keep climbing").improving)
        #expect(EntryFeatures(text: "cache flushed; errors keep climbing").endsBad)
    }

    @Test("acts and actors come from the lexicon, in any inflection")
    func acts() {
        #expect(EntryFeatures(text: "on-call acknowledges the page").cues.isSuperset(of: [.acknowledge, .alert, .responder]))
        #expect(EntryFeatures(text: "we rolled back release 41").cues.contains(.change))
        #expect(EntryFeatures(text: "a customer reports blank invoices").cues.isSuperset(of: [.customer, .report]))
        #expect(EntryFeatures(text: "root cause: an expired certificate").cues.isSuperset(of: [.cause, .find]))
        #expect(EntryFeatures(text: "the alarm fired for disk usage").cues.isSuperset(of: [.monitor, .signal]))
    }

    @Test("negated, planned and doubted acts are kept apart from what happened")
    func modality() {
        let nobody = EntryFeatures(text: "nobody acknowledged the page")
        #expect(nobody.negated.contains(.acknowledge) && !nobody.cues.contains(.acknowledge))
        let plan = EntryFeatures(text: "we decided to roll back the release")
        #expect(plan.modal.contains(.change) && !plan.cues.contains(.change))
        let doubt = EntryFeatures(text: "maybe the cache is the cause")
        #expect(doubt.modal.contains(.cause) && !doubt.cues.contains(.cause))
        #expect(EntryFeatures(text: "could the new flag be it?").question)
    }

    @Test("clauses split at sentence marks, commas, dashes and 'but'; two-word units join")
    func clauses() {
        #expect(EntryFeatures.clauses(of: "Rolled back — errors gone, but latency high") == [["rolled_back"], ["errors", "gone"], ["latency", "high"]])
        #expect(EntryFeatures.clauses(of: "didn't help") == [["did", "not", "help"]])
        #expect(EntryFeatures.clauses(of: "v1.2 failed over") == [["v1", "2", "failed_over"]])
    }

    @Test("a verb and its particle join across the object: 'turned the new flag off' is a change")
    func separatedParticles() {
        #expect(EntryFeatures.clauses(of: "Turned `beta_search` off") == [["turned_off", "beta", "search"]])
        #expect(EntryFeatures.clauses(of: "rolled the bad deploy back") == [["rolled_back", "the", "bad", "deploy"]])
        let rolled = EntryFeatures(text: "rolled the bad deploy back")
        #expect(rolled.cues.contains(.change) && !rolled.good, "the particle 'back' is not a recovery here")
        // Only verbs that take an object this way: "failed to connect over TLS" is no failover.
        #expect(!EntryFeatures(text: "the worker failed to connect over TLS").cues.contains(.change))
    }

    @Test("a setting moved from one number to another is a change; a measure's numbers are a trend")
    func settingChanges() {
        #expect(EntryFeatures(text: "Raised the connection limit from 100 to 400").cues.contains(.change))
        #expect(EntryFeatures(text: "pool size taken from 8 to 32").cues.contains(.change))
        let trend = EntryFeatures(text: "error rate went from 2 to 40 percent")
        #expect(!trend.cues.contains(.change))
    }

    @Test("a change begun in so many words is under way, even beside a done one")
    func begunChanges() {
        #expect(EntryFeatures(text: "initiated a failover to the standby").underway)
        #expect(EntryFeatures(text: "applied the new settings and started the resynchronization").underway)
        #expect(!EntryFeatures(text: "resynchronization completed").underway)
        // The trouble beginning after a change is not a change begun.
        #expect(!EntryFeatures(text: "errors started after the deploy").underway)
    }

    @Test("users unable to see something is trouble, not 'nobody noticed'")
    func unableToSee() {
        let users = EntryFeatures(text: "support reports users unable to see their invoices")
        #expect(users.bad)
        #expect(!users.negated.contains(.notice))
        #expect(EntryFeatures(text: "nobody noticed the alert").negated.contains(.notice))
    }

    @Test("partly back is a degree of return, not 'some users'")
    func partway() {
        #expect(EntryFeatures(text: "service partially restored").cues.contains(.partway))
        #expect(!EntryFeatures(text: "some users are back online").cues.contains(.partway))
        #expect(!EntryFeatures(text: "reverted to the most recent build").cues.contains(.partway))
    }

    @Test("health aimed at or tried for is not reported; an effort under way is engagement", arguments: [
        ("we are trying to bring the API back online", false),
        ("the cache should recover within the hour", false),
        ("working to restore service for all regions", false),
        ("we are working on a fix", false),
        ("the API is back online", true),
        ("search is working again", true),
    ])
    func aimedHealth(text: String, good: Bool) {
        #expect(EntryFeatures(text: text).good == good, "good: \(text)")
    }

    @Test("a hyphenated word is the word written without the hyphen when that is a word; else its parts")
    func hyphens() {
        #expect(EntryFeatures(text: "we re-deployed the previous build").cues.contains(.change))
        #expect(EntryFeatures(text: "the on-call engineer joined").cues.contains(.responder))
        #expect(EntryFeatures(text: "the grafana-dashboard shows errors").cues.contains(.monitor))
        #expect(EntryFeatures(text: "we are working on a fix").cues.contains(.engage))
    }
}
