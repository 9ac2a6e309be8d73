import DebriefModel
import Foundation

/// What an entry's sentence signals beyond its milestone words: a change shipped,
/// an action completed or under way, the symptom easing or starting, trouble,
/// an observation, a finding that is only the extent of the damage.
extension MilestoneRules {
    /// Words that ship a change. Before the outage a change is its trigger; once
    /// responders are on it, a change shipped is their fix ("Execute Puppet manifest
    /// across all servers", "Deploy script").
    static let changes = ["deployed", "deploy ", "deploying", "redeploy", "executed", "execute ", "executing", "applied", "apply ",
                          "rolled out", "rolling out", "roll out", "pushed", "released", "shipped", "merged"]
    static let compiledChanges: [[UInt8]] = changes.map { Array($0.utf8) }

    /// True when the text ships a change, done rather than planned or failed.
    public static func shipsChange(_ text: String) -> Bool {
        let bytes = Array((" " + text.lowercased() + " ").utf8)
        guard compiledChanges.contains(where: { phrase in
            guard let offset = find(bytes, phrase) else { return false }
            return !preceded(bytes, at: offset)
        }) else { return false }
        return !negationTable.containsAny(bytes)
    }

    static let completions = try! NSRegularExpression(pattern: #"(?i)\b(?:success(?:ful(?:ly)?)?|succeed(?:ed|s)?|complete[ds]?|completion|finished|took effect|in effect|fully rolled out|rolled out to all|live on all|fully deployed|fully applied)\b"#)

    /// True when the text says an action finished ("successful rollback", "failover complete").
    public static func saysCompleted(_ text: String) -> Bool {
        completions.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            && !negationTable.containsAny(Array(text.lowercased().utf8))
    }

    static let underway = try! NSRegularExpression(pattern: #"(?i)\b(?:reverting|rolling back|rolling out|restarting|failing over|draining|deploying|applying|in progress|under ?way|(?:rollback|roll-back|revert|failover|deploy|deployment|restart|migration)\s+(?:\S+\s+){0,2}(?:started|starting|begins|began))\b"#)

    /// True when an action is announced as going on, not yet done ("Reverting.", "rollback started").
    public static func saysUnderway(_ text: String) -> Bool {
        underway.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static let troubleWords = try! NSRegularExpression(pattern: #"(?i)\b(?:errors?|fail(?:s|ed|ing|ures?)?|5\d\d|timeouts?|timed out|down|latency|degraded|unavailable|unresponsive|crash(?:es|ed|ing)?|oom\w*)\b"#)

    /// True when the text reports the service in trouble.
    public static func reportsTrouble(_ text: String) -> Bool {
        troubleWords.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Words for someone seeing the problem for themselves, as opposed to being told.
    static let observations = ["noticed", "notices", "notice ", "observed", "observes", "spotted", "spots", "found that", "finds that", "discovers", "sees that", "saw that"]

    /// True when the text says someone saw the problem themselves ("the spike is noticed").
    public static func isObservation(_ text: String) -> Bool {
        let bytes = Array((" " + text.lowercased() + " ").utf8)
        return observations.contains { find(bytes, Array($0.utf8)) != nil }
    }

    static let scope = try! NSRegularExpression(pattern: #"\b(?:affect|impact)(?:ed|ing|s)?\s+(?:only\s+|just\s+)?(?:\d+|all|some|most|every|only)\b"#)
    static let cause = try! NSRegularExpression(pattern: #"\b(?:cause[ds]?|due to|because|culprit|triggered by|result of)\b"#)

    /// True when an "identified that" finding is only the extent of the damage
    /// ("identified that the issue affected 6 nodes"), not its cause.
    static func isScopeOnly(_ lowered: String) -> Bool {
        let range = NSRange(lowered.startIndex..., in: lowered)
        return scope.firstMatch(in: lowered, range: range) != nil && cause.firstMatch(in: lowered, range: range) == nil
    }

    /// The symptom easing: a bad measure falling or a good one coming back
    /// ("latency drops to normal", "errors stop", "match rate recovers").
    static let improvement = try! NSRegularExpression(pattern: #"(?i)\b(?:errors?|error rates?|latency|latencies|timeouts?|failures?|declines|rejections|complaints|rebuffering(?: ratio)?|5xx|50[0-9]s?|lag|queue|backlog|load|cpu|memory|p99|p95)\s+(?:\w+\s+){0,2}(?:drops?|dropped|dropping|falls?|fell|falling|stops?|stopped|subsides?|subsided|decreas\w*|eases?|eased|comes? down|come down|came down|coming down|returns? to normal|(?:is |are |was |were )?back to normal|normali[sz]\w*|clears?|cleared)\b|\b(?:success rate|match rate|throughput|launches|offers|orders|checkouts?)\s+(?:\w+\s+){0,2}(?:recovers?|recovered|recovering|climbs?|climbed|returns?|returned|flowing again|(?:is |are )?back)\b|\b(?:traffic|requests)\s+(?:\w+\s+){0,2}(?:recovers?|recovered|returns?|returned|flowing again|(?:is |are )?back)\b|\b(?!work\b)[a-z]+\s+(?:resumes?|resumed)\b(?!\s+(?:failing|erroring))"#)

    static let improvementStems = ["drop", "fall", "fell", "stop", "subsid", "decreas", "ease", "down", "normal", "clear", "recover",
                                   "climb", "return", "back", "flowing", "resum"]

    /// What the improvement pattern's first three branches say improves, as byte strings each holds.
    static let improvementSubjects = ["error", "latenc", "timeout", "failure", "declines", "rejections", "complaints", "rebuffering",
                                      "5xx", "50", "lag", "queue", "backlog", "load", "cpu", "memory", "p99", "p95", "success rate",
                                      "match rate", "throughput", "launches", "offers", "orders", "checkout", "traffic", "requests"]

    /// "Marco on it, posts in #incidents": a name, then "on it".
    static let onIt = try! NSRegularExpression(pattern: #"^\s*[a-z]+(?:\s+\([^)]*\))?\s+(?:is\s+)?on it\b"#)

    static let responders = try! NSRegularExpression(pattern: #"\b(?:team|we|engineers?|on-?call|sres?|ops|devops|responders?|developers?|admins?)\s+(?:has\s+|have\s+)?(?:start(?:s|ed)?|begins?|began)\s+(?:to\s+[a-z]+|working|investigat\w*|looking|troubleshoot\w*|debugg\w*|digging)"#)

    static let impactOnset = try! NSRegularExpression(pattern: #"(?i)\b(?:outage|went down|goes down|go down|(?:began|begins?|started|starts?)\s+(?:to\s+)?(?:fail|failing|erroring|timing out|returning errors)|errors?\s+(?:began|begins?|starts?|started|spiked?|spikes|rise|rises|rose)|error rates?\s+(?:rose|rises|spiked?|spikes|climbs?|climbed)|became (?:unavailable|unresponsive)|(?:stopped|stops?)\s+(?:responding|working|being|loading|showing|processing|receiving|serving)|impact\s+(?:began|begins|started|starts)|(?:customers?|users?|shoppers|clients|students|drivers)\s+(?:see|saw|get|got|cannot|can't|could not|couldn't|are unable|were unable|lose|lost)|latency\s+(?:rises|rose|spikes?|spiked|climbs?|climbed|jumps?|jumped)|is failing|are failing|timing out|drops? to (?:0|zero)|(?:5\d\ds|5xxs?)\s+(?:began|begins?|starts?|started|spike|spiked|appear|appeared)|(?:lag|latency|errors?|error rates?|5xx|timeouts?|backlog|queue)\s+(?:\w+\s+)?(?:starts?|started|begins?|began)\s+(?:to\s+)?(?:climb|climbing|rise|rising|grow|growing|spike|spiking|increase|increasing|build|building))\b"#)
    /// Symptoms as people log them: a measure falling to nothing or rising, things stuck,
    /// users unable to do something, "first failed checkouts".
    static let symptoms = try! NSRegularExpression(pattern: #"(?i)\b(?:(?:drops?|dropped|dropping|falls?|fell|plummet\w*|crash(?:es|ed)?)\s+(?:to\s+)?(?:\w+\s+)?(?:zero|0|nothing)|first\s+(?:\w+\s+)?(?:failed|failing|errors?|timeouts?|5\d\ds?|complaints?)|(?:latency|error rates?|errors?|timeouts?|5xx|queue times?|wait times?|response times?)\s+(?:\w+\s+)?(?:rises?|rose|spikes?|spiked|jumps?|jumped|climbs?|climbed|increases?|increased|grows?|grew|goes up|went up|doubles?|doubled)|(?:cannot|can't|could not|couldn't|unable to|no longer|not able to)\s+\w+|\b(?:stuck|hung|hanging|frozen|unavailable|unreachable|degraded|locked)|\w+\s+(?:stops?|stopped)(?:\s*[;,.]|\s+(?:working|responding|processing|serving|loading|syncing|sending|delivering)|$)|missing from|\b(?:timeouts?|failures?|errors?|5\d\ds|declines|rejections|crashes)\s+(?:start|starts|started|begin|begins|began|appear|appeared)\b|(?<!request rate |traffic |load |requests |usage |demand |signups )\b(?:starts?|started|begins?|began)\s+(?:to\s+)?(?:rise|rising|climb|climbing|grow|growing|spike|spiking|increase|increasing|drop|dropping|fall|falling|degrade|degrading|time out|timing out|erroring)\b|(?<!p95 |p99 |p50 |latency |errors |error rate |lag |cpu |memory |backlog |queue )\b(?:drops?|dropped|falls?|fell)\s+(?:from\s+\S+\s+)?to\s+\d|\b(?:latency|p\d\d|error rates?|errors?|cpu|memory|lag)\b[^.;]{0,30}\b(?:crosses|crossed|exceeds|exceeded|breach(?:es|ed)?)\b)"#)

    static let noImpact = try! NSRegularExpression(pattern: #"(?i)\bno (?:customer |user )?impact\b|\bbefore (?:any )?impact\b"#)

    /// True when the text says users started to feel the problem ("pushes stop being delivered").
    public static func reportsImpact(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return (impactOnset.firstMatch(in: text, range: range) != nil || symptoms.firstMatch(in: text, range: range) != nil)
            && noImpact.firstMatch(in: text, range: range) == nil
    }

    /// True when the text says in so many words that trouble began ("stop processing", "errors began").
    static func reportsOnset(_ text: String) -> Bool {
        impactOnset.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// True when the text reports the symptom easing.
    public static func reportsImprovement(_ text: String) -> Bool {
        // Every branch of the pattern has one of these stems; most entries have none.
        let lowered = text.lowercased()
        guard improvementStems.contains(where: { lowered.containsBytes($0) }) else { return false }
        // Every branch also names what improves (or "resum…"); exact for ASCII text, which case folding cannot stretch.
        if lowered.utf8.allSatisfy({ $0 < 0x80 }), !lowered.containsBytes("resum"),
           !improvementSubjects.contains(where: { lowered.containsBytes($0) }) { return false }
        return improvement.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
