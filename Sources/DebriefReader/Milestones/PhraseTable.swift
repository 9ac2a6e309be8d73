/// Many phrases looked for in one text in a single pass: a trie of their bytes, built once,
/// walked from every start position of the text. It finds, for each phrase, the offset of its
/// first occurrence, exactly as searching for the phrases one by one would.
struct PhraseTable: Sendable {
    /// The byte classes that occur in some phrase (0: a byte no phrase holds).
    private let classOf: [UInt8]
    private let classCount: Int
    /// `transitions[node * classCount + class]`: the child node, or 0 for none (node 0 is the root).
    private let transitions: [Int32]
    /// The phrases that end at each node.
    private let ends: [[Int]]
    let count: Int

    init(_ phrases: [[UInt8]]) {
        var classOf = [UInt8](repeating: 0, count: 256)
        var classes = 1
        for phrase in phrases { for byte in phrase where classOf[Int(byte)] == 0 { classOf[Int(byte)] = UInt8(classes); classes += 1 } }
        var transitions = [Int32](repeating: 0, count: classes)
        var ends: [[Int]] = [[]]
        for (id, phrase) in phrases.enumerated() {
            var node = 0
            for byte in phrase {
                let slot = node * classes + Int(classOf[Int(byte)])
                if transitions[slot] == 0 {
                    transitions[slot] = Int32(ends.count)
                    ends.append([])
                    transitions += [Int32](repeating: 0, count: classes)
                }
                node = Int(transitions[slot])
            }
            if !phrase.isEmpty { ends[node].append(id) }
        }
        self.classOf = classOf
        self.classCount = classes
        self.transitions = transitions
        self.ends = ends
        self.count = phrases.count
    }

    init(_ phrases: [String]) { self.init(phrases.map { Array($0.utf8) }) }

    /// For each phrase (by its index), the offset of its first occurrence in `bytes`, or -1.
    /// With `wordStart`, only occurrences at a word start count (`MilestoneRules.find`'s rule).
    func firstOffsets(in bytes: [UInt8], wordStart: Bool) -> [Int] {
        var offsets = [Int](repeating: -1, count: count)
        walk(bytes, wordStart: wordStart) { id, start in
            if offsets[id] < 0 { offsets[id] = start }
            return false
        }
        return offsets
    }

    /// True when some phrase occurs in `bytes` (anywhere, or at a word start).
    func containsAny(_ bytes: [UInt8], wordStart: Bool = false) -> Bool {
        var found = false
        walk(bytes, wordStart: wordStart) { _, _ in
            found = true
            return true
        }
        return found
    }

    /// Calls `visit(phrase, start)` for every occurrence, by start offset; stops when it returns true.
    private func walk(_ bytes: [UInt8], wordStart: Bool, _ visit: (Int, Int) -> Bool) {
        bytes.withUnsafeBufferPointer { text in
            transitions.withUnsafeBufferPointer { next in
                classOf.withUnsafeBufferPointer { classOf in
                    for start in text.indices where !wordStart || start == 0 || !MilestoneRules.isLetter(text[start - 1]) {
                        var node = 0, index = start
                        while index < text.count {
                            let byteClass = Int(classOf[Int(text[index])])
                            guard byteClass != 0 else { break }
                            node = Int(next[node * classCount + byteClass])
                            guard node != 0 else { break }
                            for id in ends[node] where visit(id, start) { return }
                            index += 1
                        }
                    }
                }
            }
        }
    }
}
