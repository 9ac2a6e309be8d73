/// What one word can tell about an entry of a timeline. A word may carry several
/// cues ("alert" is a monitor and an act of alerting); the entry's features
/// combine them with negation, trend and modality (see `EntryFeatures`).
struct Cue: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    // Health the entry reports.
    /// Bad health: errors, down, failing, timeouts, slow, degraded.
    static let bad = Cue(rawValue: 1 << 0)
    /// Good health: healthy, normal, stable, working, OK.
    static let good = Cue(rawValue: 1 << 1)
    /// A measure that is bad when it rises: errors, latency, lag, queue.
    static let badMeasure = Cue(rawValue: 1 << 2)
    /// A measure that is good when it rises: throughput, success rate, traffic.
    static let goodMeasure = Cue(rawValue: 1 << 3)
    /// Rising: spikes, climbs, increases.
    static let up = Cue(rawValue: 1 << 4)
    /// Falling: drops, decreases, subsides.
    static let down = Cue(rawValue: 1 << 5)
    /// Starting: begins, starts (impact began).
    static let onset = Cue(rawValue: 1 << 6)
    /// Coming back: recovered, restored, back, resumed.
    static let recovery = Cue(rawValue: 1 << 7)

    // Who acts.
    /// A monitor or paging tool: alert, monitoring, PagerDuty, Nagios.
    static let monitor = Cue(rawValue: 1 << 8)
    /// Someone outside the team: users, customers, support.
    static let customer = Cue(rawValue: 1 << 9)
    /// A responder: we, the team, on-call, engineers, SRE.
    static let responder = Cue(rawValue: 1 << 10)

    // The act.
    /// Seeing it: noticed, observed, spotted, detected, became aware.
    static let notice = Cue(rawValue: 1 << 11)
    /// Signalling it: alert, alarm, page, fired, triggered.
    static let alert = Cue(rawValue: 1 << 12)
    /// Telling it: reported, complained, ticket.
    static let report = Cue(rawValue: 1 << 13)
    /// Taking it on: acknowledged, investigating, joined, escalated, troubleshooting.
    static let engage = Cue(rawValue: 1 << 14)
    /// Acknowledging in so many words: ack, acknowledged.
    static let acknowledge = Cue(rawValue: 1 << 15)
    /// Finding: found, identified, determined, realised, traced, diagnosed.
    static let find = Cue(rawValue: 1 << 16)
    /// A cause: cause, culprit, because, due (to), reason.
    static let cause = Cue(rawValue: 1 << 17)
    /// Changing the system: revert, roll back, restart, fail over, scale, patch, deploy.
    static let change = Cue(rawValue: 1 << 18)
    /// Closing: closed, over, concluded, stand down.
    static let close = Cue(rawValue: 1 << 19)
    /// Done: complete, finished, successful, live, took effect.
    static let complete = Cue(rawValue: 1 << 20)
    /// Checking a result: verified, confirmed, monitoring.
    static let verify = Cue(rawValue: 1 << 21)

    // Modality.
    /// Negates what follows: not, no, never, without, nobody.
    static let negator = Cue(rawValue: 1 << 22)
    /// Planned, not done: will, plan, decide, propose, going (to).
    static let plan = Cue(rawValue: 1 << 23)
    /// Tried, maybe in vain: tried, attempted.
    static let attempt = Cue(rawValue: 1 << 24)
    /// In doubt: maybe, might, suspect, unclear, unknown, hypothesis.
    static let doubt = Cue(rawValue: 1 << 25)
    /// Trouble again: again, recurred, relapse.
    static let relapse = Cue(rawValue: 1 << 26)
    /// Only part: partially, some, intermittent.
    static let partial = Cue(rawValue: 1 << 27)
    /// All of it: fully, completely, entirely.
    static let full = Cue(rawValue: 1 << 28)
    /// Goes on: still, continues, remains.
    static let still = Cue(rawValue: 1 << 29)
    /// An outage noun: outage, downtime, incident, impact.
    static let outage = Cue(rawValue: 1 << 30)
    /// A change to ship: deploy, release, merge, rollout, migration (the trigger before a response).
    static let ship = Cue(rawValue: 1 << 31)
    /// Refers to another time: after, later, before, during, since.
    static let elsewhen = Cue(rawValue: 1 << 32)
    /// Extent, not cause: affected, impacted.
    static let scope = Cue(rawValue: 1 << 33)
    /// Ineffective: failed (to), unsuccessful, no effect, in vain.
    static let futile = Cue(rawValue: 1 << 34)
    /// Verbs of signalling that alert only with a monitor as their subject: fired, triggered, notified.
    static let signal = Cue(rawValue: 1 << 35)
    /// Telling people about it: status page, announced, informed, communicated.
    static let communicate = Cue(rawValue: 1 << 36)
    /// Part of the way back: "partially restored", "mostly recovered" (an adverb of degree, not "some users").
    static let partway = Cue(rawValue: 1 << 37)
}
