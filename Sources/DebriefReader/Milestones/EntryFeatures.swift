/// What one timeline entry says, as a handful of general features: the health it
/// reports (with negation and trends read per clause), who acts, the act, and
/// its modality. Computed once per entry by one pass over its UTF-8 bytes.
struct EntryFeatures: Sendable, Equatable {
    /// Cues of the words not under a negation.
    var cues: Cue = []
    /// Cues of the words under a negation ("nobody acknowledged", "did not help").
    var negated: Cue = []
    /// Cues of the words after a plan, an attempt or a doubt in their clause.
    var modal: Cue = []
    /// The entry reports the service unwell in some clause.
    var bad = false
    /// The entry reports the service well in some clause (after any bad one, when both).
    var good = false
    /// Impact beginning: a bad clause with an onset or a rising bad measure ("errors began", "latency spiked").
    var onset = false
    /// The symptom easing: a falling bad measure or a recovery after a bad clause ("restart; errors drop").
    var improving = false
    /// Bad health in the last clause: what the entry ends on.
    var endsBad = false
    /// A change announced as going on, not done: "reverting", "rollback started".
    var underway = false
    /// Some change in the entry is told as done ("reverted", "rollback complete").
    var done = false
    /// A change is told as begun in so many words ("initiated a resync", "started the rollback"):
    /// under way even when another change in the entry is done ("applied the fix and began the resync").
    var begun = false
    /// The entry asks rather than tells.
    var question = false
    /// Stems of the entry's words, for comparing with a section's statement.
    var stems: Set<String> = []

    init(text: String) {
        let clauses = Self.clauses(of: text)
        var sawBad = false
        for (index, words) in clauses.enumerated() {
            let health = Self.read(clause: words, into: &self)
            if health.bad { bad = true; sawBad = true }
            if health.good {
                good = true
                if sawBad && !health.bad || health.easing { improving = true }
            }
            if health.bad && health.rising { onset = true }
            if index == clauses.count - 1 { endsBad = health.bad && !health.good }
        }
        if done && !begun { underway = false }
        question = text.utf8.reversed().first { $0 != 0x20 && $0 != 0x2A && $0 != 0x29 } == UInt8(ascii: "?")
    }

    /// Verbs of a process halting ("stopped", "ceased"), before what halted ("consuming").
    static let halts: Set<String> = ["stop", "stops", "stopped", "ceased", "ceases", "halted", "halts", "quit"]

    /// Cues that a plan or doubt before them does not undo: who acts, health, modality itself.
    static let unaffected: Cue = [.monitor, .customer, .responder, .plan, .attempt, .doubt, .relapse, .partial, .partway, .full, .still,
                                  .outage, .elsewhen, .scope, .futile, .bad, .good, .badMeasure, .goodMeasure, .up, .down, .onset, .recovery]

    /// The health one clause reports.
    struct Health { var bad = false, good = false, rising = false, easing = false }

    /// Reads one clause's words into the entry's cues and returns its health.
    static func read(clause words: [String], into features: inout EntryFeatures) -> Health {
        var plainBad = false, trendBad = false, plainGood = false, badMeasure = false, goodMeasure = false, up = false, down = false
        var negation = 0 // words still under a negation
        var badNegator = false // the negation is itself trouble ("unable", "cannot")
        var lastBadMeasure = -50, lastGoodMeasure = -50, lastTrend = -100, trendCue: Cue = [], lastBad = -50, lastOnset = -100, nearOnset = false, modal = false, aiming = false, halted = false, doneChange = false, describing = false
        var lastChange = -50 // a change told as done, whose object may follow
        let acts: Cue = [.engage, .change, .find, .notice, .alert, .report, .acknowledge, .verify]
        // Each word is looked up (and stemmed) once; the loop reads its neighbours' cues from here.
        let looked = words.map(Lexicon.lookup)
        let cues = settingChanges(words, looked.map(\.cues))
        for (position, word) in words.enumerated() {
            let cue = cues[position]
            features.stems.insert(looked[position].stem)
            let negated = negation > 0
            if cue.contains(.negator) { negation = 3; badNegator = cue.contains(.bad) } else if negation > 0 { negation -= 1 }
            // Acts after a plan, an attempt or a doubt in the clause did not (yet) happen:
            // "decided to increase the limit", "tried restarting", "maybe the cache".
            // A change named after a finding or a look is its object, not an action now:
            // "confirmed the flush was triggered by a script", "checked recent deploys".
            let described = describing && !cue.isDisjoint(with: [.change, .ship])
            if negated {
                // "users unable to see the dashboard" is trouble, not "nobody noticed".
                features.negated.formUnion(badNegator ? cue.subtracting(.notice) : cue)
            } else if modal || described {
                features.modal.formUnion(cue)
                features.cues.formUnion(cue.intersection(Self.unaffected))
            } else {
                features.cues.formUnion(cue.subtracting(.negator))
            }
            if !negated && !cue.isDisjoint(with: [.plan, .attempt, .doubt]) { modal = true }
            if !negated && !cue.isDisjoint(with: [.plan, .attempt]) { aiming = true }
            if !negated && !cue.isDisjoint(with: [.find, .cause, .engage, .verify, .notice]) && cue.isDisjoint(with: [.change]) { describing = true }
            if cue.contains(.negator) && !cue.contains(.bad) { continue }
            // A trend counts for a measure within three words of it ("errors dropped", "latency
            // on the API rose"), not across a clause ("melting down under load").
            if cue.contains(.badMeasure) { lastBadMeasure = position }
            if cue.contains(.goodMeasure) { lastGoodMeasure = position }
            if cue.contains(.up) || cue.contains(.down) { lastTrend = position; trendCue = cue }
            if abs(lastTrend - lastBadMeasure) <= 3 || abs(lastTrend - lastGoodMeasure) <= 3 {
                if abs(lastTrend - lastBadMeasure) <= 3 { badMeasure = true } else { goodMeasure = true }
                if trendCue.contains(.up) { up = true }
                if trendCue.contains(.down) { down = true }
            }
            // "errors began", "began failing" — not "started debugging": the onset is of the trouble.
            if cue.contains(.onset) && !negated {
                let next = position + 1 < words.count ? cues[position + 1] : []
                if next.isDisjoint(with: acts) { lastOnset = position }
                // "initiated a database resync", "started the rollback": a change begun, not done
                // (not "errors started after the deploy": the change is then another time's).
                let object = cues.dropFirst(position + 1).prefix(3).prefix { !$0.contains(.elsewhen) }
                if !modal, object.contains(where: { $0.contains(.change) }) {
                    features.underway = true
                    features.begun = true
                }
            }
            // "workers stopped consuming", "jobs stopped draining": a process halting is trouble.
            let haltedMeasure = position > 0 && cues[position - 1].contains(.badMeasure) // "errors stopped appearing"
            if Self.halts.contains(word), position + 1 < words.count, words[position + 1].hasSuffix("ing"), !haltedMeasure, !negated {
                plainBad = true
                halted = true
                lastBad = position
                lastOnset = position
            }
            if cue.contains(.bad) && !negated { lastBad = position }
            if cue.contains(.change) && !negated && !modal && !described {
                let next = cues.dropFirst(position + 1).prefix(3)
                // "reverting", "rolling back", "rollback started" — not "installed and started chrony".
                let noun = !word.hasSuffix("ed") && !word.hasSuffix("_back") && !word.hasSuffix("_over")
                if word.hasSuffix("ing") || word.hasPrefix("rolling") || noun && next.prefix(2).contains(where: { $0.contains(.onset) }) {
                    features.underway = true
                } else {
                    doneChange = true
                    lastChange = position
                }
            }
            if abs(lastBad - lastOnset) <= 3 { nearOnset = true }
            if cue.contains(.bad) {
                // "down", "dropped", "spike": bad on their own, a trend next to a measure.
                let trendWord = cue.contains(.up) || cue.contains(.down)
                // "raised the timeout", "patched the memory leak": trouble named as a change's object is not reported.
                let object = position - lastChange <= 3
                if negated { plainGood = true } else if trendWord { trendBad = true } else if !object { plainBad = true }
            }
            // "trying to bring it back online", "should recover shortly": health aimed at is not reported.
            if cue.contains(.good) || cue.contains(.recovery) {
                if negated { plainBad = true } else if !aiming { plainGood = true }
            }
        }
        // "Outage ends", "downtime over": the outage closing is the service back.
        let closing = cues.contains { $0.contains(.close) } && cues.contains { $0.contains(.outage) }
        if closing { plainGood = true; plainBad = false; trendBad = false }
        if doneChange { features.done = true }
        var health = Health()
        if badMeasure && (up || down) && !halted {
            // A measure with a trend: the trend decides ("errors dropped", "latency rose").
            health.bad = up && !down
            health.easing = down && !up
            health.good = health.easing || plainGood && !up
            health.rising = health.bad
        } else if goodMeasure && (up || down) && !halted {
            health.bad = down && !up
            health.good = up && !down || plainGood && !down
            health.easing = health.good
            health.rising = health.bad
        } else {
            // A recovery word names what recovered ("the issue was resolved"): it wins over the bad noun.
            health.good = plainGood
            health.bad = (plainBad || trendBad) && !plainGood
            health.rising = health.bad && nearOnset
        }
        return health
    }

    /// "raised the limit from 200 to 600", "scaled the pool from 4 to 16": a setting moved from one
    /// number to another is a change (its "from" carries the cue), unless the clause names a measure,
    /// whose numbers are a trend ("error rate went from 2 to 40").
    static func settingChanges(_ words: [String], _ cues: [Cue]) -> [Cue] {
        guard cues.allSatisfy({ $0.isDisjoint(with: [.badMeasure, .goodMeasure]) }) else { return cues }
        var cues = cues
        func number(_ index: Int) -> Bool { index < words.count && !words[index].isEmpty && words[index].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        for index in words.indices where words[index] == "from" && number(index + 1) && index + 3 < words.count && words[index + 2] == "to" && number(index + 3) {
            cues[index].insert(.change)
        }
        return cues
    }

    /// Verbs whose particle may stand after their object ("turned the flag off", "rolled the deploy back").
    static let separable: Set<String> = ["roll", "rolled", "rolling", "turn", "turned", "turning", "shut", "scale", "scaled",
                                         "pick", "picked", "picks", "take", "took", "wrap", "wrapped"]

    /// Joins such a verb with its particle up to three words later into the two-word unit, the particle
    /// dropped: "turned search v2 off" reads as "turned_off search v2".
    static func joinSeparated(_ clause: [String]) -> [String] {
        var words = clause
        var index = 2
        while index < words.count {
            let particle = words[index]
            if let verb = (max(0, index - 4)..<(index - 1)).last(where: { separable.contains(words[$0]) && Lexicon.words[words[$0] + "_" + particle] != nil }) {
                words[verb] += "_" + particle
                words.remove(at: index)
            } else {
                index += 1
            }
        }
        return words
    }

    /// The entry's words, lower case, split into clauses at sentence marks, commas,
    /// semicolons, dashes and "but" (not colons: "Root cause: a purge" is one finding); two-word
    /// units joined ("roll back" → "roll_back").
    static func clauses(of text: String) -> [[String]] {
        var clauses: [[String]] = [[]]
        var word: [UInt8] = []
        let bytes = Array(text.utf8)
        func flush() {
            guard !word.isEmpty else { return }
            let lowered = String(decoding: word, as: UTF8.self)
            word.removeAll(keepingCapacity: true)
            guard lowered.utf8.contains(UInt8(ascii: "-")) else { return add(lowered) }
            // "roll-back", "on-call", "re-deploy" are the words written without the hyphen; other
            // hyphenated words ("grafana-dashboard", "real-time") are read part by part.
            let joined = lowered.filter { $0 != "-" }
            if !Lexicon.cues(of: joined).isEmpty { return add(joined) }
            for part in lowered.split(separator: "-") { add(String(part)) }
        }
        func add(_ lowered: String) {
            // Words are ASCII here: a last byte other than "t" ends no "n't".
            if lowered.utf8.last == UInt8(ascii: "t"), lowered.hasSuffix("n't") || lowered.hasSuffix("nt") && ["didnt", "dont", "doesnt", "wasnt", "werent", "isnt", "cant", "couldnt", "wont", "hasnt", "havent"].contains(lowered) {
                let base = lowered.hasSuffix("n't") ? String(lowered.dropLast(3)) : String(lowered.dropLast(2))
                clauses[clauses.count - 1].append(base)
                clauses[clauses.count - 1].append("not")
                return
            }
            if lowered == "but" || lowered == "however" || lowered == "although" || lowered == "though" {
                if !(clauses.last?.isEmpty ?? true) { clauses.append([]) }
                return
            }
            let trimmed = lowered.utf8.last == UInt8(ascii: "s") && lowered.hasSuffix("'s") ? String(lowered.dropLast(2)) : lowered
            if let previous = clauses[clauses.count - 1].last, Lexicon.isUnit(previous, trimmed) {
                clauses[clauses.count - 1][clauses[clauses.count - 1].count - 1] = previous + "_" + trimmed
            } else {
                clauses[clauses.count - 1].append(trimmed)
            }
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
            case UInt8(ascii: "'") where !word.isEmpty:
                word.append(byte)
            case UInt8(ascii: "-") where !word.isEmpty && index + 1 < bytes.count && ScanClass.isLetter(UInt32(bytes[index + 1])):
                word.append(byte)
            default:
                flush()
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                let boundary = ".;!?,".utf8.contains(byte) && (next == 0x20 || next == 0x0A || next == 0x2A || index + 1 == bytes.count)
                    || byte == 0xE2 // an em or en dash ("—", "–")
                    || byte == UInt8(ascii: "-") && next == 0x20 && index > 0 && bytes[index - 1] == 0x20
                if boundary, !(clauses.last?.isEmpty ?? true) { clauses.append([]) }
            }
        }
        flush()
        return clauses.filter { !$0.isEmpty }.map(joinSeparated).flatMap(splitAtActs)
    }

    /// "identified the bad config and reverted it": "and" before an act starts a new clause.
    static func splitAtActs(_ clause: [String]) -> [[String]] {
        let acts: Cue = [.change, .engage, .find, .notice, .alert, .report, .acknowledge, .verify, .communicate]
        var parts: [[String]] = [[]]
        for (index, word) in clause.enumerated() {
            let next = index + 1 < clause.count ? clause[index + 1] : ""
            if word == "and" || word == "then", !parts[parts.count - 1].isEmpty, next == "then" || !Lexicon.cues(of: next).isDisjoint(with: acts) {
                parts.append([])
                continue
            }
            parts[parts.count - 1].append(word)
        }
        return parts.filter { !$0.isEmpty }
    }
}
