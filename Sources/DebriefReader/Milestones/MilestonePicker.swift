import DebriefModel
import Foundation

/// Chooses each milestone's instant from classified timeline events.
///
/// Rules, in order:
/// - `started`: an explicit marker (`OUTAGE BEGINS`, a `Started:` label), else the
///   outage window stated in the summary, else the first timed event — leaving out a
///   lead-in event that sits more than half a day before the rest (a precondition, not
///   the outage), and moving on to the first sign of impact when the first entries are
///   only its cause and nobody had responded yet.
/// - `detected`: the first detecting entry; the entry that tells what the Detection
///   section says, when there is one; with no detecting entry, the first responder
///   action that is not an explicit acknowledgement ("checked the logs"). A detection
///   after a recovery and a relapse ("failing again") is the relapse's and is not used.
/// - `acknowledged`, `identified`: the first candidate at or after the milestone
///   before it; when users reported it and nobody wrote "acknowledged", the
///   responders' own first observation ("the spike is noticed") acknowledges it.
/// - `resolved`: a marker or status label (`OUTAGE ENDS`, `Resolved -`), else the
///   window's end — unless the timeline reports trouble after it and a later recovery —
///   else the last resolving event (earlier recoveries are often relapses).
/// - `mitigated`: a marker, else the first mitigating event after the cause was
///   identified and not after the resolution (an action that visibly eased the symptom
///   counts even before), moved to where it completed or took effect when it was only
///   announced ("Reverting." … "revert live, errors falling"); else the first change
///   shipped after responders took the incident on; a resolution with no mitigation
///   before it mitigated the impact too.
/// - One entry gives at most one of detected, acknowledged and identified.
public enum MilestonePicker {
    /// Gap after a first event that makes it a lead-in rather than the start.
    static let leadInGap: TimeInterval = 12 * 3600

    public static func pick(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?,
                            detectionStatement: String = "") -> [Milestone: MilestoneValue] {
        let timed = events.filter { $0.at != nil }.enumerated()
            .sorted { ($0.element.at!, $0.offset) < ($1.element.at!, $1.offset) }.map(\.element)
        var result: [Milestone: MilestoneValue] = [:]
        func value(_ event: TimelineEvent, _ source: String = "timeline") -> MilestoneValue {
            MilestoneValue(at: event.at!, line: event.line, source: source)
        }
        func marked(_ milestone: Milestone) -> TimelineEvent? {
            timed.first { $0.candidates == [milestone] && MilestoneRules.explicitLabel($0.text) == milestone }
        }
        /// The entry the resolution came from: it may read as a mitigation too, but it is the end.
        func isResolution(_ event: TimelineEvent) -> Bool {
            guard let resolved = result[.resolved] else { return false }
            return event.line == resolved.line && event.at == resolved.at
        }
        /// A mitigating entry between two instants that is not the resolution itself.
        func mitigating(_ event: TimelineEvent, from floor: Date, to ceiling: Date) -> Bool {
            event.candidates.contains(.mitigated) && event.at! >= floor && event.at! <= ceiling && !isResolution(event)
        }
        func first(_ milestone: Milestone, from floor: Date, to ceiling: Date = .distantFuture) -> TimelineEvent? {
            timed.first { $0.candidates.contains(milestone) && $0.at! >= floor && $0.at! <= ceiling }
        }

        if let event = marked(.started) {
            result[.started] = value(event, "outage marker")
        } else if let window {
            result[.started] = MilestoneValue(at: window.start, line: window.line, source: "outage window")
        } else if var event = timed.first {
            if timed.count > 1, timed[1].at!.timeIntervalSince(event.at!) > leadInGap,
               !event.candidates.contains(where: { $0 != .started }), !MilestoneRules.reportsImpact(event.text) {
                event = timed[1]
            }
            // The first entries are the cause ("admin revokes old keys, no impact yet"); users
            // felt it at a later entry, before the first sign of a response (any milestone word).
            let responses: Set<Milestone> = [.detected, .acknowledged, .identified, .mitigated, .resolved]
            if !MilestoneRules.reportsImpact(event.text), !event.candidates.contains(.detected), !event.candidates.contains(.acknowledged),
               let detection = timed.first(where: { $0.at! > event.at! && !responses.isDisjoint(with: $0.candidates) }),
               let onset = timed.first(where: { $0.at! > event.at! && $0.at! < detection.at! && MilestoneRules.reportsImpact($0.text) && !MilestoneRules.mentionsRelapse($0.text) }) {
                result[.started] = value(onset, "first sign of impact")
            } else {
                result[.started] = value(event, "first timeline entry")
            }
        }
        guard let started = result[.started]?.at else { return result }

        // One entry announces at most one of detected, acknowledged and identified:
        // "noticed the dip and began investigating" is a detection only.
        var used = Set<Int>()
        func firstUnused(_ milestone: Milestone, from floor: Date) -> TimelineEvent? {
            guard let index = timed.indices.first(where: { !used.contains($0) && timed[$0].candidates.contains(milestone) && timed[$0].at! >= floor })
            else { return nil }
            used.insert(index)
            return timed[index]
        }
        // A detection written after the service was back and the trouble came back again
        // belongs to the relapse, not to this outage: leave it unknown rather than guess.
        // (A self-healed outage noticed later is still detected late.)
        let firstRecovery = timed.first { $0.candidates.contains(.resolved) && $0.at! >= started }?.at ?? .distantFuture
        func afterRelapse(_ event: TimelineEvent) -> Bool {
            timed.contains { $0.at! > firstRecovery && $0.at! <= event.at! && !$0.candidates.contains(.resolved) && MilestoneRules.mentionsRelapse($0.text) }
        }
        // A page acknowledged in so many words was detected before it: a "detection"
        // written after that acknowledgement is a later observation, not the detection.
        let firstExplicitAck = timed.first { $0.at! >= started && $0.candidates.contains(.acknowledged) && MilestoneRules.isExplicitAcknowledgement($0.text) }?.at ?? .distantFuture
        var detectedIndex: Int?
        if let index = timed.indices.first(where: { timed[$0].candidates.contains(.detected) && timed[$0].at! >= started }),
           !afterRelapse(timed[index]), timed[index].at! <= firstExplicitAck {
            used.insert(index)
            detectedIndex = index
            result[.detected] = value(timed[index])
        }
        // The document's Detection section says how it was found ("the monitoring system
        // sent an email"): the entry that tells the same thing is the detection.
        let stated = stems(firstSentence(of: detectionStatement))
        // Among the entries (not the symptom itself), the one that tells the most of it.
        let echoes = stated.count < 3 ? [] : timed.indices.filter { timed[$0].at! >= started && !MilestoneRules.reportsImpact(timed[$0].text) }
            .map { (index: $0, shared: stems(timed[$0].text).intersection(stated).count) }.filter { $0.shared >= 3 }
        if stated.count >= 3, let index = echoes.max(by: { ($0.shared, -$0.index) < ($1.shared, -$1.index) })?.index,
           !afterRelapse(timed[index]), timed[index].at! <= firstExplicitAck {
            if let previous = detectedIndex { used.remove(previous) }
            used.insert(index)
            result[.detected] = value(timed[index], "timeline, as the Detection section says")
        }
        // Nobody wrote down the detection: the first responder's action ("checked the
        // logs") is the first sign anyone saw the problem. An explicit "acknowledged the
        // page" stays an acknowledgement; its page's time is simply unrecorded.
        if result[.detected] == nil,
           let index = timed.indices.first(where: { !used.contains($0) && timed[$0].candidates.contains(.acknowledged) && timed[$0].at! >= started }),
           !MilestoneRules.isExplicitAcknowledgement(timed[index].text), !afterRelapse(timed[index]) {
            used.insert(index)
            result[.detected] = value(timed[index])
        }
        let detected = result[.detected]?.at ?? started
        if let event = firstUnused(.acknowledged, from: detected) { result[.acknowledged] = value(event) }
        let responding = result[.acknowledged]?.at ?? detected
        if let event = firstUnused(.identified, from: responding) { result[.identified] = value(event) }
        // Users reported it; nobody wrote "acknowledged". The responders' own first
        // observation after the report ("activity bump is noticed") shows them on it;
        // a second report ("a user reports …") shows nothing of the kind.
        if result[.acknowledged] == nil, let reported = result[.detected]?.at,
           let index = timed.indices.first(where: { !used.contains($0) && timed[$0].at! > reported && timed[$0].candidates.contains(.detected) && MilestoneRules.isObservation(timed[$0].text) }),
           timed[index].at! <= result[.identified]?.at ?? .distantFuture, !afterRelapse(timed[index]) {
            used.insert(index)
            result[.acknowledged] = value(timed[index])
        }

        // The service is resolved when the last restoring entry says so: earlier
        // recoveries in a timeline are often relapses.
        if let event = marked(.resolved) {
            result[.resolved] = value(event, "outage marker")
        } else if let window, window.end >= started, let recovery = recoveryAfter(window.end, in: timed) {
            // The timeline records trouble after the window's stated end, then a recovery:
            // the summary understated the outage.
            result[.resolved] = value(recovery)
        } else if let window, window.end >= started {
            let event = timed.first { $0.candidates.contains(.resolved) && abs($0.at!.timeIntervalSince(window.end)) < 1 }
            result[.resolved] = MilestoneValue(at: window.end, line: event?.line ?? window.line, source: "outage window")
        } else if let event = timed.last(where: { $0.candidates.contains(.resolved) && $0.at! >= started }) {
            result[.resolved] = value(event)
        }
        // Restarts before the cause is known are usually troubleshooting, not mitigation.
        let fixFloor = result[.identified]?.at ?? started
        // Nothing is mitigated before anyone knew of the trouble.
        let responseFloor = result[.detected]?.at ?? started
        let ceiling = result[.resolved]?.at ?? .distantFuture
        if let event = marked(.mitigated) {
            result[.mitigated] = value(event, "outage marker")
        } else if var event = timed.first(where: { mitigating($0, from: fixFloor, to: ceiling) })
                    ?? timed.first(where: { mitigating($0, from: responseFloor, to: ceiling) && MilestoneRules.reportsImprovement($0.text) }) {
            // An action that visibly worked before the cause was known ("rolled back; match
            // rate recovers") mitigated the impact even so.
            if let earlier = timed.first(where: { mitigating($0, from: responseFloor, to: event.at!) && $0.at! < event.at! && MilestoneRules.reportsImprovement($0.text) }) {
                event = earlier
            }
            // "19:35 reverting to the last good change … 20:14 successful rollback": the
            // impact was mitigated when the action completed.
            // Likewise "Reverting." then "revert live, 5xx falling fast": mitigated when it took effect.
            let underway = MilestoneRules.saysUnderway(event.text)
            if !MilestoneRules.saysCompleted(event.text), !MilestoneRules.reportsImprovement(event.text),
               let done = timed.first(where: { $0.at! > event.at! && mitigating($0, from: event.at!, to: ceiling)
                   && (MilestoneRules.saysCompleted($0.text) || underway && MilestoneRules.reportsImprovement($0.text)) }) {
                event = done
            }
            result[.mitigated] = value(event)
        }
        // No mitigating words, but responders shipped a change after they took the
        // incident on and before it ended: that change was the fix.
        if result[.mitigated] == nil, let responding = (result[.identified] ?? result[.acknowledged])?.at,
           let event = timed.first(where: { $0.at! > responding && $0.at! <= ceiling && MilestoneRules.shipsChange($0.text) }) {
            result[.mitigated] = value(event)
        }
        // Service restored with no mitigation before it: the restoration mitigated the impact too.
        if result[.mitigated] == nil, let resolved = result[.resolved] {
            if let event = first(.resolved, from: fixFloor, to: resolved.at) {
                result[.mitigated] = value(event)
            } else {
                result[.mitigated] = MilestoneValue(at: resolved.at, line: resolved.line, source: "resolution")
            }
        }
        return result
    }

    static let stopWords: Set<String> = ["this", "that", "with", "were", "have", "been", "from", "into", "after", "when", "then",
                                         "they", "their", "there", "which", "about", "also", "only", "some", "most", "what", "while"]

    /// Content words of a text, cut to five letters so "monitor" meets "monitoring".
    static func stems(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count >= 4 && !stopWords.contains(String($0)) }.map { String($0.prefix(5)) })
    }

    /// The first sentence: the how of a detection; what follows is the story after it.
    static func firstSentence(of text: String) -> String {
        guard let end = text.range(of: #"[.!?](\s|$)"#, options: .regularExpression) else { return text }
        return String(text[..<end.lowerBound])
    }

    /// The last recovery written after `end`, when an entry between them still
    /// reports trouble (errors, failures, latency) after that end.
    static func recoveryAfter(_ end: Date, in timed: [TimelineEvent]) -> TimelineEvent? {
        guard let recovery = timed.last(where: { $0.at! > end && $0.candidates.contains(.resolved) }),
              recovery.at!.timeIntervalSince(end) < 24 * 3600 else { return nil }
        let trouble = timed.contains { $0.at! > end && $0.at! < recovery.at! && !$0.candidates.contains(.resolved) && MilestoneRules.reportsTrouble($0.text) }
        return trouble ? recovery : nil
    }
}
