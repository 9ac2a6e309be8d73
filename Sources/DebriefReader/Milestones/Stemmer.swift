/// The Porter2 ("English") stemmer of the Snowball project, written from its
/// published algorithm (snowballstem.org/algorithms/english/stemmer.html), so
/// that "restored", "restoring" and "restoration" meet as "restor".
///
/// It works on lower-case ASCII bytes; anything else is returned unchanged.
enum Stemmer {
    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    private static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), bigY = UInt8(ascii: "Y"), s = UInt8(ascii: "s")

    static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl", "gently": "gentl",
        "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe",
        "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    static let afterStep1a: Set<String> = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]

    /// Stems already computed: incident words repeat across entries and documents.
    private static let memo = Memo<String, String>()

    /// The stem of a lower-case word.
    static func stem(_ word: String) -> String {
        // ASCII words only: a memo's key is equal to canonically equivalent text (see `Memo`).
        word.utf8.allSatisfy({ $0 < 0x80 }) ? memo.value(for: word) { computeStem($0) } : computeStem(word)
    }

    private static func computeStem(_ word: String) -> String {
        guard word.utf8.count > 2, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x27 }) else { return word }
        if let exception = exceptions[word] { return exception }
        var w = Array(word.utf8)
        if w.first == 0x27 { w.removeFirst() }
        if w.first == y { w[0] = bigY }
        for index in w.indices.dropFirst() where w[index] == y && isVowel(w[index - 1]) { w[index] = bigY }
        let r1 = region1(w), r2 = region(after: r1, in: w)
        step0(&w)
        step1a(&w)
        if afterStep1a.contains(String(decoding: w, as: UTF8.self)) { return String(decoding: w, as: UTF8.self) }
        step1b(&w, r1: r1)
        step1c(&w)
        step2(&w, r1: r1)
        step3(&w, r1: r1, r2: r2)
        step4(&w, r2: r2)
        step5(&w, r1: r1, r2: r2)
        return String(decoding: w.map { $0 == bigY ? y : $0 }, as: UTF8.self)
    }

    static func isVowel(_ c: UInt8) -> Bool { c == a || c == e || c == i || c == o || c == u || c == y }

    static func region1(_ w: [UInt8]) -> Int {
        for prefix in ["gener", "commun", "arsen"] where w.starts(with: prefix.utf8) { return prefix.utf8.count }
        return region(after: 0, in: w)
    }

    /// The region after the first non-vowel that follows a vowel, from `start`.
    static func region(after start: Int, in w: [UInt8]) -> Int {
        var index = start + 1
        while index < w.count {
            if !isVowel(w[index]) && isVowel(w[index - 1]) { return index + 1 }
            index += 1
        }
        return w.count
    }

    static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return w.count >= count && w[(w.count - count)...].elementsEqual(suffix.utf8)
    }

    static func replace(_ w: inout [UInt8], _ count: Int, with suffix: String) {
        w.removeLast(count)
        w.append(contentsOf: suffix.utf8)
    }

    static func containsVowel(_ w: ArraySlice<UInt8>) -> Bool { w.contains(where: isVowel) }

    /// A short syllable ends the word: non-vowel, vowel, non-vowel (not w, x or Y), or vowel + non-vowel at the start.
    static func endsShortSyllable(_ w: [UInt8]) -> Bool {
        let n = w.count
        if n == 2 { return isVowel(w[0]) && !isVowel(w[1]) }
        guard n >= 3 else { return false }
        let last = w[n - 1]
        return !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(last) && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != bigY
    }

    static func step0(_ w: inout [UInt8]) {
        for suffix in ["'s'", "'s", "'"] where ends(w, suffix) { w.removeLast(suffix.utf8.count); return }
    }

    static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2); return }
        if ends(w, "ied") || ends(w, "ies") { replace(&w, 3, with: w.count > 4 ? "i" : "ie"); return }
        if ends(w, "us") || ends(w, "ss") { return }
        if ends(w, "s"), w.count >= 3, containsVowel(w[..<(w.count - 2)]) { w.removeLast() }
    }

    static func step1b(_ w: inout [UInt8], r1: Int) {
        for suffix in ["eedly", "eed"] where ends(w, suffix) {
            if w.count - suffix.utf8.count >= r1 { replace(&w, suffix.utf8.count, with: "ee") }
            return
        }
        for suffix in ["ingly", "edly", "ing", "ed"] where ends(w, suffix) {
            let stem = w.count - suffix.utf8.count
            guard containsVowel(w[..<stem]) else { return }
            w.removeLast(suffix.utf8.count)
            if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
                w.append(e)
            } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], "bdfgmnprt".utf8.contains(w[w.count - 1]) {
                w.removeLast()
            } else if endsShortSyllable(w), r1 >= w.count {
                w.append(e)
            }
            return
        }
    }

    static func step1c(_ w: inout [UInt8]) {
        guard w.count > 2, w.last == y || w.last == bigY, !isVowel(w[w.count - 2]) else { return }
        w[w.count - 1] = i
    }

    static let step2Rules: [(String, String)] = [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"), ("tional", "tion"),
        ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ]

    static func step2(_ w: inout [UInt8], r1: Int) {
        for (suffix, replacement) in step2Rules where ends(w, suffix) {
            let stem = w.count - suffix.utf8.count
            guard stem >= r1 else { return }
            if suffix == "ogi", !(stem > 0 && w[stem - 1] == UInt8(ascii: "l")) { return }
            if suffix == "li", !(stem > 0 && "cdeghkmnrt".utf8.contains(w[stem - 1])) { return }
            replace(&w, suffix.utf8.count, with: replacement)
            return
        }
    }

    static let step3Rules: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""), ("ical", "ic"),
        ("ness", ""), ("ful", ""),
    ]

    static func step3(_ w: inout [UInt8], r1: Int, r2: Int) {
        for (suffix, replacement) in step3Rules where ends(w, suffix) {
            let stem = w.count - suffix.utf8.count
            guard stem >= r1, suffix != "ative" || stem >= r2 else { return }
            replace(&w, suffix.utf8.count, with: replacement)
            return
        }
    }

    static let step4Suffixes = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
                                "ion", "al", "er", "ic"]

    static func step4(_ w: inout [UInt8], r2: Int) {
        for suffix in step4Suffixes where ends(w, suffix) {
            let stem = w.count - suffix.utf8.count
            guard stem >= r2 else { return }
            if suffix == "ion", !(stem > 0 && (w[stem - 1] == s || w[stem - 1] == UInt8(ascii: "t"))) { return }
            w.removeLast(suffix.utf8.count)
            return
        }
    }

    static func step5(_ w: inout [UInt8], r1: Int, r2: Int) {
        let last = w.count - 1
        if w.last == e, last >= r2 || (last >= r1 && !endsShortSyllable(Array(w[..<last]))) {
            w.removeLast()
        } else if w.last == UInt8(ascii: "l"), last >= r2, last > 0, w[last - 1] == UInt8(ascii: "l") {
            w.removeLast()
        }
    }
}
