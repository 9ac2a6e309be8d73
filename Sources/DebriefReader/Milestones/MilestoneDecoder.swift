import DebriefModel

/// Decides all six milestones together over a time-ordered list of entries:
/// the story an incident follows (impact → detected → engaged → cause known →
/// mitigated → resolved), each phase optional, each milestone at one entry at
/// most, never earlier than the milestone before it.
///
/// A dynamic program over the milestones in story order finds the assignment
/// with the highest total net score (a milestone left empty scores 0). Three
/// orders are decoded — cause found before mitigation, after it (a rollback
/// first, the cause later), or after the service is back — and the best one is kept.
enum MilestoneDecoder {
    static let orders: [[Milestone]] = [
        [.started, .detected, .acknowledged, .identified, .mitigated, .resolved],
        [.started, .detected, .acknowledged, .mitigated, .identified, .resolved],
        // Service restored first, the cause understood afterwards.
        [.started, .detected, .acknowledged, .mitigated, .resolved, .identified],
    ]
    /// What a less usual story must win by: a cause found after the service is back is
    /// told often enough, but an aftermath's mentions of the cause must not outbid the recovery.
    static let orderCost: [Double] = [0, 0, 1.5]
    /// Pairs that one entry may give both of ("alert: site down" starts and detects;
    /// "reverted the bad config; errors gone" identifies, mitigates and resolves).
    static let shareable: Set<[Milestone]> = [
        [.started, .detected], [.identified, .mitigated], [.mitigated, .identified], [.mitigated, .resolved], [.identified, .resolved], [.resolved, .identified],
    ]

    /// Pairs that one entry may give both of only when its author labelled it: a status page's
    /// "Investigating - we are looking into reports of errors" is noticed and taken on at once.
    static let shareableWhenLabelled: Set<[Milestone]> = [[.detected, .acknowledged], [.started, .acknowledged]]

    /// True when one entry may give `first` and then `second`: always (`shareable`), or when the entry
    /// is labelled (`shareableWhenLabelled`).
    static func shares(_ first: Milestone, _ second: Milestone, labelled: Bool) -> Bool {
        shares(first, second) || labelled && shareableWhenLabelled.contains([first, second])
    }

    /// True when one entry may give `first` and then `second` (`shareable`), without building the pair.
    static func shares(_ first: Milestone, _ second: Milestone) -> Bool {
        shareableTable[index(first)][index(second)]
    }

    static let shareableTable: [[Bool]] = {
        var table = Array(repeating: Array(repeating: false, count: Milestone.allCases.count), count: Milestone.allCases.count)
        for pair in shareable { table[index(pair[0])][index(pair[1])] = true }
        return table
    }()

    static func index(_ milestone: Milestone) -> Int {
        switch milestone {
        case .started: 0
        case .detected: 1
        case .acknowledged: 2
        case .identified: 3
        case .mitigated: 4
        case .resolved: 5
        }
    }

    struct Result: Equatable {
        var chosen: [Milestone: Int]
        var total: Double
        /// The story order the assignment follows.
        var order: [Milestone] = orders[0]

        /// Items whose author labelled them (`shareableWhenLabelled`).
        var labelled: [Bool] = []

        /// True when `milestone` could sit at `item` with every other choice kept.
        func allows(_ milestone: Milestone, at item: Int) -> Bool {
            guard let own = order.firstIndex(of: milestone) else { return false }
            for (index, other) in order.enumerated() where other != milestone {
                guard let at = chosen[other] else { continue }
                let (first, second) = index < own ? (other, milestone) : (milestone, other)
                let label = item < labelled.count && labelled[item]
                if at == item ? !MilestoneDecoder.shares(first, second, labelled: label) : (index < own) != (at < item) { return false }
            }
            return true
        }
    }

    /// The best assignment for `net[item][milestone]` (−infinity where not allowed).
    static func decode(_ net: [[Double]], labelled: [Bool] = []) -> Result {
        var best = Result(chosen: [:], total: 0, labelled: labelled)
        for (index, order) in orders.enumerated() {
            var result = decode(net, order: order, labelled: labelled)
            result.total -= orderCost[index]
            if result.total > best.total + 1e-9 { best = result }
        }
        return best
    }

    /// The best assignment in one story order.
    static func decode(_ net: [[Double]], order: [Milestone], labelled: [Bool] = []) -> Result {
        let n = net.count, k = order.count
        guard n > 0 else { return Result(chosen: [:], total: 0, order: order, labelled: labelled) }
        let columns = order.map { Milestone.allCases.firstIndex(of: $0)! }
        // share[previous][m]: one entry may give both (`shareable`), looked up once per order;
        // shareLabelled[previous][m]: only a labelled one may.
        let share = order.map { earlier in order.map { shares(earlier, $0) } }
        let shareLabelled = order.map { earlier in order.map { shareableWhenLabelled.contains([earlier, $0]) } }
        // value[m][i]: best total with order[m] the last milestone given, at item i.
        var value = Array(repeating: Array(repeating: -Double.infinity, count: n), count: k)
        var back = Array(repeating: Array(repeating: (-1, -1), count: n), count: k)
        // prefix[m][i]: the best of value[m][0...i], and where.
        var prefix = Array(repeating: Array(repeating: (-Double.infinity, -1), count: n), count: k)
        for m in 0..<k {
            for i in 0..<n {
                let score = net[i][columns[m]]
                guard score > -Double.infinity else { continue }
                var bestValue = score, bestFrom = (-1, -1)
                for previous in 0..<m {
                    let same = share[previous][m]
                    let limit = same ? i : i - 1
                    if limit >= 0 {
                        let (candidate, at) = prefix[previous][limit]
                        if candidate + score > bestValue + 1e-9 { bestValue = candidate + score; bestFrom = (previous, at) }
                    }
                    // A labelled entry may give both of a `shareableWhenLabelled` pair.
                    if !same, shareLabelled[previous][m], i < labelled.count, labelled[i], value[previous][i] + score > bestValue + 1e-9 {
                        bestValue = value[previous][i] + score
                        bestFrom = (previous, i)
                    }
                }
                value[m][i] = bestValue
                back[m][i] = bestFrom
            }
            for i in 0..<n {
                let before = i > 0 ? prefix[m][i - 1] : (-Double.infinity, -1)
                prefix[m][i] = value[m][i] > before.0 + 1e-9 ? (value[m][i], i) : before
            }
        }
        var total = 0.0, end = (-1, -1)
        for m in 0..<k where prefix[m][n - 1].0 > total + 1e-9 { total = prefix[m][n - 1].0; end = (m, prefix[m][n - 1].1) }
        var chosen: [Milestone: Int] = [:]
        while end.0 >= 0 {
            chosen[order[end.0]] = end.1
            end = back[end.0][end.1]
        }
        return Result(chosen: chosen, total: total, order: order, labelled: labelled)
    }
}
