/// The reader's vocabulary: general English words of incident response, each with
/// the cues it carries. Words are written as people write them and stemmed once
/// (Porter2) when the table is built, so every inflection of a listed word
/// counts ("restore", "restored", "restoring", "restoration").
///
/// A word marked `=` counts only as written, not through its stem.
/// Rules for this table: every word is general (it would mean the same in any
/// team's postmortem); no phrase is taken from one document; a class is
/// commented with what it is for. Two-word units are only the phrasal verbs and
/// compounds of the trade ("roll back", "root cause", "on call").
enum Lexicon {
    static let classes: [(Cue, [String])] = [
        // Bad health: what users feel or monitors measure when the service is unwell.
        (.bad, ["abnormal", "abnormally", "anomaly", "anomalies", "anomalous", "unusual", "error", "errors", "erroring", "fail", "failed", "failing", "failure", "down", "outage", "unavailable", "unreachable",
                "unresponsive", "timeout", "timeouts", "slow", "slowness", "degraded", "degradation", "broken", "crash",
                "crashing", "crashloop", "exception", "exceptions", "oom", "panic", "hang", "hung", "stuck", "lost", "loss",
                "missing", "corrupt", "corrupted", "inaccessible", "unusable", "offline", "unhealthy", "critical", "refused", "rejected",
                "rejecting", "dropped", "stale", "backlog", "overloaded", "saturated", "exhausted", "full", "leak", "blank",
                "cannot", "unable", "impossible", "disrupted", "disruption", "interrupted", "bounced", "denied", "invalid",
                "500", "502", "503", "504", "5xx", "404s", "wrong", "incorrect", "inconsistent", "halted", "latency", "lag",
                "delayed", "delay", "spike", "spiked", "alarm", "alarms", "problem", "problems", "issue", "issues", "trouble",
                "defunct", "misbehaving", "flapping", "flaky", "throttled"]),
        // Measures that are bad when they rise (a trend word then decides the health).
        (.badMeasure, ["response=", "error", "errors", "latency", "latencies", "lag", "timeout", "timeouts", "failure", "failures", "queue",
                       "backlog", "load", "cpu", "memory", "p99", "p95", "5xx", "500", "502", "503", "504", "rejections",
                       "complaints", "retries", "usage", "utilization", "utilisation", "saturation", "delay", "delays", "spike"]),
        // Measures that are good when they rise.
        (.goodMeasure, ["throughput", "success", "orders", "signups", "logins", "availability", "uptime",
                        "capacity", "conversion", "deliveries", "sales", "rate"]),
        // Trend words.
        (.up, ["up", "rise", "rising", "rose", "spike", "spiked", "spiking", "climb", "climbed", "increase", "increased", "jump", "jumped",
               "grow", "grew", "growing", "surge", "surged", "soar", "high", "higher", "elevated", "peak", "peaked", "doubled"]),
        (.down, ["drop", "dropped", "dropping", "fall", "fell", "falling", "decrease", "decreased", "decline", "declined", "subside",
                 "subsided", "ease", "eased", "easing", "reduce", "reduced", "lower", "lowered", "stop", "stopped", "stops", "cease",
                 "ceased", "disappear", "disappeared", "vanish", "vanished", "down", "diminish", "diminished", "settle", "settled",
                 "plummet", "plummeted", "low",
                 // "errors cleared" is trouble going away; "the cache was cleared" is an act (below).
                 "cleared"]),
        // Impact beginning.
        (.onset, ["appear", "appeared", "appears", "emerge", "emerged", "begin", "began", "begun", "beginning", "start", "started", "starting", "onset", "commence", "first",
                  // Setting an act going: "initiated a failover" (an onset of trouble only next to trouble).
                  "initiate", "initiated", "initiating"]),
        // Good health, and coming back to it.
        (.good, ["healthy", "normal", "normally", "stable", "stabilized", "stabilised", "working", "ok", "okay", "fine",
                 "green", "operational", "available", "online", "functional", "functioning", "responsive=", "nominal", "running", "200s",
                 "2xx", "clean", "clear=", "quiet", "smooth", "steady",
                 // The positives of bad words above ("unreachable", "inaccessible", "unusable").
                 "reachable", "accessible=", "usable"]),
        (.recovery, ["restore", "restored", "restoring", "restoration", "recover", "recovered", "recovering", "recovery", "resolve",
                     "resolved", "resolution", "back", "resume", "resumed", "resuming",
                     "reestablished", "repaired", "solved", "heal", "healed"]),
        // Who acts: a monitor, a customer, a responder.
        (.monitor, ["alert", "alerts", "alerting", "alarm", "monitor", "monitoring", "monitors", "pagerduty", "opsgenie", "nagios",
                    "datadog", "pingdom", "grafana", "prometheus", "alertmanager", "sentry", "cloudwatch", "newrelic", "zabbix",
                    "icinga", "statuscake", "uptimerobot", "victorops", "synthetic", "probe", "probes", "healthcheck", "check",
                    "checks", "canary", "watchdog", "pager", "paged", "dashboard", "dashboards", "graph", "graphs", "metric",
                    "metrics", "automated", "automatic"]),
        (.customer, ["user", "users", "customer", "customers", "client", "clients", "member", "members", "student", "students",
                     "merchant", "merchants", "partner", "partners", "subscriber", "subscribers", "visitor", "visitors", "tenant",
                     "tenants", "caller", "callers", "buyer", "buyers", "tweet", "tweets", "twitter", "community", "public",
                     "someone", "people", "ticket", "tickets", "helpdesk", "email", "emails", "call", "calls", "marketing", "sales"]),
        (.responder, ["we", "our", "us", "i", "team", "teams", "engineer", "engineers", "engineering", "oncall", "sre", "sres", "ops",
                      "devops", "developer", "developers", "dev", "devs", "admin", "admins", "administrator", "responder",
                      "responders", "dba", "staff", "operator", "operators", "commander", "lead", "manager", "infra",
                      "infrastructure", "platform", "maintainer", "maintainers", "myself", "colleague", "he", "she", "they"]),
        // Acts of detection.
        (.notice, ["show", "showed", "shows", "showing", "notice", "noticed", "notices", "noticing", "observe", "observed", "spot", "spotted", "see", "saw", "seen",
                   "seeing", "detect", "detected", "detection", "discover", "discovered", "aware", "flagged", "catch",
                   "caught", "realize", "realized", "realise", "realised", "witness", "witnessed"]),
        (.alert, ["alert", "alerted", "alerts", "alarm", "alarmed", "page", "paged", "paging", "pager", "notification",
                  "notifications"]),
        // Signalling verbs: an alert only when a monitor is named ("the alarm fired", not "triggering a deploy").
        (.signal, ["fire", "fired", "firing", "trigger", "triggered", "triggering", "notify", "notified", "ping", "pinged", "warn",
                   "warned", "warning", "sent", "send", "sends", "emailed", "received", "receive", "receives", "went", "goes"]),
        (.report, ["report", "reported", "reports", "reporting", "complain", "complained", "complaint", "complaints", "ticket",
                   "tickets", "raise", "raised", "escalate", "escalated", "tell", "told", "mention", "mentioned", "message",
                   "messaged", "email", "emailed", "call", "called", "post", "posted", "tweet", "tweeted", "contact", "contacted"]),
        // Acts of taking it on.
        (.engage, ["investigate", "investigating", "investigation", "investigated", "join", "joined", "joins", "escalate",
                   "escalated", "triage", "triaged", "troubleshoot", "troubleshooting", "debug", "debugging", "engage", "engaged",
                   "respond", "responded", "responding", "assemble", "assembled", "declare", "declared", "look", "looked",
                   "looking", "check", "checked", "checking", "inspect", "inspected", "examine", "examined", "analyze", "analyzed",
                   "analyse", "analysed", "analysis", "diagnose", "diagnosing", "dig", "digging", "handle", "handled", "own",
                   "ownership", "assign", "assigned", "mobilize", "mobilized", "gather", "gathered", "convene", "convened",
                   "bridge", "huddle", "war", "review", "reviewed", "reviewing", "ssh", "sshed"]),
        (.acknowledge, ["acknowledge", "acknowledged", "acknowledges", "acknowledgement", "acknowledgment", "ack", "acked", "acks"]),
        // Acts of finding the cause, and causes.
        (.find, ["find", "found", "finds", "identify", "identified", "identifies", "determine", "determined", "realize",
                 "realized", "realise", "realised", "trace", "traced", "pinpoint", "pinpointed", "diagnose", "diagnosed",
                 "diagnosis", "discover", "discovered", "confirm", "confirmed", "figure", "figured", "isolate", "isolated",
                 "narrow", "narrowed", "uncover", "uncovered", "understood", "understand",
                 "reveal", "revealed", "explain", "explained",
                 "conclude", "concluded", "spot", "spotted", "locate", "located", "reproduce", "reproduced"]),
        (.cause, ["cause", "caused", "causes", "causing", "culprit", "because", "due", "reason", "responsible=", "origin",
                  "source", "root", "result", "resulted", "bug", "misconfiguration", "misconfigured", "typo", "regression",
                  "expired", "expiry", "leak", "mismatch", "why", "blame", "explanation", "actually="]),
        // Acts of changing the system: the mitigation once responders are on it.
        (.change, ["revert", "reverted", "reverting", "rollback", "rollbacks", "rolled", "restart", "restarted", "restarting",
                   "reboot", "rebooted", "rebooting", "failover", "scale", "scaled", "scaling", "disable", "disabled", "enable",
                   "enabled", "reenable", "reenabled", "patch", "patched", "patching", "deploy", "deployed", "deploying",
                   "redeploy", "redeployed", "fix", "fixed", "fixing", "hotfix", "apply", "applied", "applying", "flush", "flushed",
                   "drain", "drained", "remove", "removed", "removing", "replace", "replaced", "switch", "switched", "kill",
                   "killed", "renew", "renewed", "increase", "increased", "update", "updated", "upgrade",
                   "upgraded", "downgrade", "downgraded", "reconfigure", "reconfigured", "configure", "configured", "block",
                   "blocked", "throttle", "purge", "purged", "cleared", "rotate", "rotated", "pause", "paused",
                   "suspend", "suspended", "promote", "promoted", "reroute", "rerouted", "redirect", "redirected", "reload",
                   "reloaded", "rebuild", "rebuilt", "recreate", "recreated", "reinstall", "reinstalled", "install", "installed",
                   "delete", "deleted", "change", "changed", "edit", "edited", "modify", "modified", "correct", "corrected",
                   "adjust", "adjusted", "bump", "bumped", "cordon", "cordoned", "evict", "evicted", "migrate", "migrated",
                   "shift", "shifted", "move", "moved", "resize", "resized", "expand", "expanded", "free", "freed", "mitigate",
                   "mitigated", "mitigation", "workaround", "stopgap", "bypass", "bypassed", "terminate", "terminated",
                   "recycle", "recycled", "release", "released", "push", "pushed", "merge", "merged", "ship", "shipped",
                   "rollout", "execute", "executed", "run", "ran", "replay", "replayed", "reprocess", "reprocessed",
                   "resync", "resynced", "resynchronize", "resynchronized", "resynchronization", "resynchronise", "resynchronised", "unblock", "unblocked", "allocate", "allocated", "add", "added", "provision",
                   "provisioned", "tune", "tuned", "tweak", "tweaked", "rerun",
                   // Load shedding: dropping part of the traffic on purpose to save the rest.
                   "shed", "shedding",
                   // Stopping what does harm, and preparing a cold component.
                   "cancel", "cancelled", "canceled", "abort", "aborted", "warm", "warmed"]),
        // A change shipped: the trigger when it comes before anyone responds.
        (.ship, ["deploy", "deployed", "deployment", "release", "released", "merge", "merged", "push", "pushed", "rollout",
                 "migration", "migrated", "upgrade", "upgraded", "update", "updated", "change", "changed", "config", "launch",
                 "launched", "publish", "published", "ship", "shipped", "introduce", "introduced", "commit", "committed"]),
        // Closing the incident (not the restoration of service: shown as a plain event).
        (.close, ["close", "closed", "closing", "over", "conclude", "concluded", "end", "ended", "ends", "wrap", "wrapped",
                  "done", "finish", "finished", "complete", "completed", "postmortem", "retrospective"]),
        // An action finished, or took effect.
        (.complete, ["help", "helped", "helps", "complete", "completed", "completes", "completion", "finish", "finished", "success", "successful",
                     "successfully", "succeed", "succeeded", "live=", "effect", "effective", "done", "took", "landed", "applied",
                     "propagated", "worked"]),
        (.verify, ["verify", "verified", "confirm", "confirmed", "validate", "validated", "test", "tested", "watch", "watched",
                   "monitoring", "observe", "observed"]),
        // Modality: negation, plans, attempts, doubt, futility.
        (.negator, ["not", "no", "never", "without", "nobody", "none", "nothing", "neither", "nor", "noone", "unable", "cannot",
                    "lack", "absent", "zero"]),
        (.plan, ["will", "plan", "planned", "planning", "decide", "decided", "decision", "propose", "proposed", "proposal",
                 "intend", "going", "should", "shall", "need", "needs", "needed", "prepare", "prepared", "preparing", "schedule",
                 "scheduled", "want", "wanted", "consider", "considered", "considering", "option", "options", "todo", "next",
                 "discuss", "discussed", "discussion", "suggest", "suggested", "ask", "asked", "request", "requested", "wait",
                 "waiting", "would", "must"]),
        (.attempt, ["try", "tried", "tries", "trying", "attempt", "attempted", "attempting", "attempts"]),
        (.doubt, ["can", "maybe", "might", "may", "perhaps", "possibly", "possible", "suspect", "suspected", "suspicion", "unclear",
                  "unknown", "unsure", "hypothesis", "hypothesize", "theory", "guess", "think", "thought", "believe",
                  "believed", "seem", "seems", "seemed", "likely", "probably", "could", "potential", "potentially", "if",
                  "whether", "herring", "speculate", "candidate", "assume", "assumed"]),
        (.futile, ["failed", "unsuccessful", "unsuccessfully", "vain", "useless", "ineffective", "didnt", "nothing", "futile",
                   "unchanged", "worse", "persist", "persisted", "persists", "continue", "continued", "continues"]),
        (.relapse, ["again", "recur", "recurred", "recurring", "recurrence", "relapse", "relapsed", "reappear", "reappeared",
                    "resurface", "resurfaced", "another", "second", "renewed"]),
        (.partial, ["partial", "partially", "some", "intermittent", "intermittently", "mostly", "part", "degraded", "limited",
                    "briefly", "temporarily", "temporary", "few", "subset",
                      // "shed traffic until the cache warmed up": a measure that holds for a while, a stopgap.
                      "until"]),
        // Degree adverbs of a partial return ("partially restored", "mostly back").
        (.partway, ["partial", "partially", "partly=", "mostly=", "largely=", "gradually="]),
        (.full, ["fully", "completely", "entirely", "full", "all", "totally", "every", "whole"]),
        (.still, ["still", "continue", "continued", "continues", "continuing", "remain", "remained", "remains", "persist",
                  "persisted", "ongoing", "keep", "keeps", "kept"]),
        (.outage, ["outage", "downtime", "impact", "disruption", "interruption", "degradation", "unavailability"]),
        (.elsewhen, ["after", "later", "afterwards", "before", "during", "since", "earlier", "following"]),
        // Telling people about the incident: not a change to the system, not a detection.
        (.communicate, ["announce", "announced", "announcement", "communicate", "communicated", "communication", "inform",
                        "informed", "informs", "statuspage", "status", "update", "updates", "updated", "publish", "published"]),
        (.scope, ["affected", "affect", "affects", "affecting", "impacted", "impacting", "scope", "extent"]),
    ]

    /// Two-word units, joined with "_" before lookup ("roll back" → "roll_back").
    static let compounds: [(String, String, Cue)] = [
        ("roll", "back", [.change]), ("rolled", "back", [.change]), ("rolling", "back", [.change]), ("fail", "over", [.change]),
        ("failed", "over", [.change]), ("failing", "over", [.change]), ("root", "cause", [.cause, .find]), ("due", "to", [.cause]),
        ("caused", "by", [.cause]), ("on", "call", [.responder]), ("look", "into", [.engage]), ("looked", "into", [.engage]),
        ("looking", "into", [.engage]), ("pick", "up", [.engage]), ("picked", "up", [.engage]), ("picks", "up", [.engage]),
        ("took", "over", [.engage]), ("take", "over", [.engage]), ("on", "it", [.engage]), ("wrap", "up", [.close]),
        ("wrapped", "up", [.close]), ("stand", "down", [.close]), ("caught", "up", [.recovery, .good]),
        ("catch", "up", [.recovery]), ("went", "down", [.bad, .onset]), ("goes", "down", [.bad, .onset]),
        ("go", "down", [.bad, .onset]), ("turned", "off", [.change]), ("turn", "off", [.change]), ("shut", "down", [.change]),
        ("scaled", "up", [.change]), ("scaled", "out", [.change]), ("back", "up", [.recovery, .good]),
        ("turns", "out", [.find, .cause]), ("turned", "out", [.find, .cause]), ("point", "to", [.cause]),
        ("pointed", "to", [.cause]), ("points", "to", [.cause]), ("took", "effect", [.complete]),
        ("status", "page", [.communicate]), ("status", "update", [.communicate]), ("is", "up", [.good]), ("are", "up", [.good]), ("was", "up", [.good]), ("were", "up", [.good]), ("no", "longer", [.negator]), ("no", "change", [.futile]), ("no", "effect", [.futile]), ("no", "improvement", [.futile]),
        ("no", "difference", [.futile]), ("no", "luck", [.futile]), ("without", "effect", [.futile]), ("without", "success", [.futile]), ("red", "herring", [.doubt]), ("rate", "limit", [.change]), ("rate", "limited", [.change]), ("rate", "limiting", [.change]), ("war", "room", [.engage]),
        // "working on a fix", "working to restore service": an effort under way, not the service working.
        ("working", "on", [.engage, .attempt]), ("working", "to", [.attempt]),
        ("time", "out", [.bad, .badMeasure]), ("timed", "out", [.bad, .badMeasure]), ("timing", "out", [.bad, .badMeasure]),
        ("times", "out", [.bad, .badMeasure]), ("stopped", "working", [.bad, .onset]), ("stops", "working", [.bad, .onset]), ("stopped", "responding", [.bad, .onset]),
    ]

    /// Listed words → cues, built once; a listed form means exactly what its classes say.
    static let words: [String: Cue] = {
        var table: [String: Cue] = [:]
        for (cue, words) in classes { for word in words { table[exact(word), default: []].insert(cue) } }
        for (first, second, cue) in compounds { table[first + "_" + second, default: []].formUnion(cue) }
        return table
    }()

    /// Stems of the listed words → cues, for the forms not listed ("restores", "rebooting").
    static let stems: [String: Cue] = {
        var table: [String: Cue] = [:]
        for (cue, words) in classes { for word in words where !word.hasSuffix("=") { table[Stemmer.stem(word), default: []].insert(cue) } }
        return table
    }()

    /// A word marked `=` counts only as written: its stem would meet unrelated words
    /// ("responsible" and "response" share "respons").
    static func exact(_ word: String) -> String { word.hasSuffix("=") ? String(word.dropLast()) : word }


    /// The cues of a lower-case word: those of its listed form, else those of its stem.
    static func cues(of word: String) -> Cue {
        if let cue = words[word] ?? codes(word) { return cue }
        guard word.utf8.count > 3, word.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true else { return [] }
        return stems[Stemmer.stem(word)] ?? []
    }

    /// A listed status code in the plural ("503s", "5xxs") means what the code means.
    static func codes(_ word: String) -> Cue? {
        guard word.utf8.count == 4, word.utf8.last == UInt8(ascii: "s"), let first = word.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        return words[String(word.dropLast())]
    }

    /// The words before a "_" in a listed unit ("roll" of "roll_back"): a word not among them starts no unit.
    static let unitStarts: Set<String> = {
        var starts: Set<String> = []
        for key in words.keys {
            for index in key.indices where key[index] == "_" { starts.insert(String(key[..<index])) }
        }
        return starts
    }()

    /// True when `first second` is a listed two-word unit (`first_second`); most words start none.
    static func isUnit(_ first: String, _ second: String) -> Bool {
        unitStarts.contains(first) && words[first + "_" + second] != nil
    }

    /// Lookups already made: the same words come back across entries and documents.
    private static let looked = Memo<String, (cues: Cue, stem: String)>()

    /// The cues of a lower-case word (as `cues(of:)`) and its stem (the word itself up to three
    /// letters), with the stemmer run once.
    static func lookup(_ word: String) -> (cues: Cue, stem: String) {
        // ASCII words only: a memo's key is equal to canonically equivalent text (see `Memo`).
        word.utf8.allSatisfy({ $0 < 0x80 }) ? looked.value(for: word, computeLookup) : computeLookup(word)
    }

    private static func computeLookup(_ word: String) -> (cues: Cue, stem: String) {
        let long = word.utf8.count > 3
        let stem = long ? Stemmer.stem(word) : word
        if let cue = words[word] ?? codes(word) { return (cue, stem) }
        guard long, word.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true else { return ([], stem) }
        return (stems[stem] ?? [], stem)
    }
}
