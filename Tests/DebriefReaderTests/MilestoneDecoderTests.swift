import DebriefModel
import Testing
@testable import DebriefReader

/// The global decoder on hand-made score tables: story order, skipped phases,
/// entries shared by two milestones only where a story allows it.
@Suite("Milestone decoder")
struct MilestoneDecoderTests {
    let none = -Double.infinity

    /// A score table: one row per entry, the net score of each milestone (started … resolved).
    func table(_ rows: [[Double]]) -> [[Double]] { rows }

    @Test("each milestone takes its best entry when the story order allows it")
    func storyOrder() {
        let net = table([
            [2, -1, -1, -1, -1, -1],
            [-1, 2, -1, -1, -1, -1],
            [-1, -1, 1, -1, -1, -1],
            [-1, -1, -1, 2, 1, -1],
            [-1, -1, -1, -1, 1, 2],
        ])
        let result = MilestoneDecoder.decode(net)
        #expect(result.chosen == [.started: 0, .detected: 1, .acknowledged: 2, .identified: 3, .mitigated: 3, .resolved: 4])
        #expect(result.total == 10)
    }

    @Test("a milestone earlier than the one before it is not taken; a weak one is skipped")
    func noTimeTravel() {
        // The best detection score sits before the start: the decoder keeps the order.
        let net = table([
            [-1, 3, -1, -1, -1, -1],
            [2, -1, -1, -1, -1, -1],
            [-1, 1, -1, -1, -1, 2],
        ])
        let result = MilestoneDecoder.decode(net)
        #expect(result.chosen == [.started: 1, .detected: 2, .resolved: 2] || result.chosen == [.detected: 0, .resolved: 2])
        #expect(result.chosen[.acknowledged] == nil)
    }

    @Test("detection and acknowledgement never share an entry; start and detection may")
    func sharing() {
        let net = table([[2, 2, 2, -1, -1, -1]])
        let result = MilestoneDecoder.decode(net)
        #expect(result.chosen[.started] == 0 && result.chosen[.detected] == 0)
        #expect(result.chosen[.acknowledged] == nil)
    }

    @Test("a labelled entry may give detection and acknowledgement both (a status page's Investigating post)")
    func labelledSharing() {
        let net = table([[2, 2, 2, -1, -1, -1], [-1, -1, -1, -1, -1, 2]])
        let labelled = MilestoneDecoder.decode(net, labelled: [true, false])
        #expect(labelled.chosen[.started] == 0 && labelled.chosen[.detected] == 0 && labelled.chosen[.acknowledged] == 0)
        #expect(labelled.allows(.acknowledged, at: 0))
        let plain = MilestoneDecoder.decode(net, labelled: [false, false])
        #expect(plain.chosen[.acknowledged] == nil)
    }

    @Test("a rollback before the cause is found is read in the second story order")
    func mitigationBeforeCause() {
        let net = table([
            [2, 1, -1, -1, -1, -1],
            [-1, -1, -1, -1, 3, -1],
            [-1, -1, -1, 3, -1, -1],
            [-1, -1, -1, -1, -1, 2],
        ])
        let result = MilestoneDecoder.decode(net)
        #expect(result.chosen[.mitigated] == 1 && result.chosen[.identified] == 2 && result.chosen[.resolved] == 3)
    }

    @Test("a cause understood after the service is back is read in the third order, when it wins by its cost")
    func causeAfterResolution() {
        // Rollback, service back, then the cause: both resolution and cause are kept.
        let strong = table([
            [2, 1, -1, -1, -1, -1],
            [-1, -1, -1, -1, 3, -1],
            [-1, -1, -1, -1, -1, 3],
            [-1, -1, -1, 3, -1, -1],
        ])
        let kept = MilestoneDecoder.decode(strong)
        #expect(kept.chosen[.resolved] == 2 && kept.chosen[.identified] == 3)
        #expect(kept.order == MilestoneDecoder.orders[2])
        // A weak mention of the cause in the aftermath does not outbid the recovery's order.
        let weak = table([
            [2, 1, -1, -1, -1, -1],
            [-1, -1, -1, 0.5, 3, -1],
            [-1, -1, -1, -1, -1, 3],
            [-1, -1, -1, 1, -1, -1],
        ])
        let result = MilestoneDecoder.decode(weak)
        #expect(result.chosen[.resolved] == 2)
        #expect(result.order != MilestoneDecoder.orders[2])
    }

    @Test("nothing above the bar gives nothing")
    func empty() {
        #expect(MilestoneDecoder.decode(table([[-1, -1, -1, -1, -1, -1]])).chosen.isEmpty)
        #expect(MilestoneDecoder.decode([]).chosen.isEmpty)
        #expect(MilestoneDecoder.decode(table([[none, none, none, none, none, none]])).total == 0)
    }
}
