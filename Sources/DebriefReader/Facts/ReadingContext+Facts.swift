import DebriefModel
import DebriefMarkdown
import Foundation

extension ReadingContext {
    static let genericTitleWords: Set<String> = [
        "incident", "report", "postmortem", "post", "mortem", "post-mortem", "postmortems", "readme", "the", "an", "a", "of",
        "summary", "issue", "analysis", "outage", "example", "template", "review", "after-action", "after", "action", "project",
    ]

    /// Front matter title, else a non-generic first heading, else one derived from the summary, else the file name.
    mutating func title() -> String {
        if let title = document.frontMatter?["title"]?.string, !title.isEmpty { return title }
        let headings = document.blocks.compactMap { block -> (Int, String, Int)? in
            if case .heading(let level) = block.kind { return (level, LineCleaner.inline(block.plainText).trimmingWhitespace(), block.startLine) }
            return nil
        }
        let top = headings.filter { $0.0 == 1 }.first ?? headings.filter { $0.0 == 2 }.first
        if let top, !isGeneric(top.1) { return top.1 }
        if let derived = Self.titleFromSummary(text(of: .summary).isEmpty ? document.root.plainText : text(of: .summary)) {
            return derived
        }
        let firstParagraph = sections(.summary).flatMap(\.blocks).lazy.filter { $0.kind == .paragraph }
            .map(\.plainText).first { $0.split(separator: " ").count >= 8 } ?? ""
        if let sentence = Self.titleFromFirstSentence(firstParagraph) {
            diagnostics.append(Diagnostic(.note, line: top?.2 ?? 0, "no specific title found; using the summary's first sentence"))
            return sentence
        }
        var base = (fileName as NSString).deletingPathExtension
        base = base.replacingOccurrences(of: #"^\d{4}-\d{2}-\d{2}-*"#, with: "", options: .regularExpression)
        let words = base.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
        let title = words.joined(separator: " ")
        diagnostics.append(Diagnostic(.note, line: top?.2 ?? 0, "no specific title found; using the file name"))
        return title.isEmpty ? "Untitled incident" : title.prefix(1).uppercased() + title.dropFirst()
    }

    func isGeneric(_ heading: String) -> Bool {
        let words = heading.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
            .filter { !$0.hasPrefix("0x") && $0.count > 1 || $0 == "a" }
        return words.allSatisfy { Self.genericTitleWords.contains($0) } || SectionKind.classify(heading) != .other && words.count <= 3
    }

    static let subjectRegex = try! NSRegularExpression(pattern:
        #"(?:^|[,.;]\s+|\s)(?:the\s+)?((?:[A-Z0-9][\w.'&-]*\s+){0,5}[A-Z0-9][\w.'&-]*|[a-z][\w-]*-[\w-]+)\s+(?:service\s+)?(?:experienced|suffered|had|went\s+down|was\s+down|became|faced|encountered|was\s+unavailable|was\s+degraded|returned|failed)(?:\s+(?:a|an)\s+((?:[\w-]+\s+){0,2}?(?:outage|degradation|incident|disruption|failure|downtime|slowdown)))?"#)

    /// "the `search` service was degraded", "the checkout quote endpoint rejected …": a system
    /// named by what kind of thing it is, in any case, as the sentence's subject.
    static let systemSubjectRegex = try! NSRegularExpression(pattern:
        #"\bthe\s+((?:[\w'-]+\s+){0,3}?(?:service|endpoint|api|cluster|database|portal|platform|website|site|page|server|servers|app|application|gateway|pipeline|queue|cache|store|backend|frontend))\b(?:\s+(?:at|of|for)\s+(?:[A-Z][\w-]*\s*){1,3})?\s+(?:was\s+|were\s+)?(degraded|unavailable|down|experienced|suffered|had|went|became|returned|rejected|failed|stopped|served|timed|crashed|dropped)(?:\s+(?:a|an)\s+((?:[\w-]+\s+){0,2}?(?:outage|degradation|incident|disruption|failure|downtime|slowdown)))?"#,
        options: [.caseInsensitive])

    static let leadingTimeClauses = try! NSRegularExpression(pattern: #"^(?:(?:on|from|at|between|for|during|in|around|about)\b[^,]{0,60},\s*)+"#, options: [.caseInsensitive])

    static let leadingYearClause = try! NSRegularExpression(pattern: #"^\d{4}\b[^,]{0,40},\s*"#)

    /// The summary's first sentence without its opening time clauses ("On May 4, from 8 to 9 AM,"),
    /// cut to about 70 characters at a word: better than a file name as a title.
    static func titleFromFirstSentence(_ summary: String) -> String? {
        guard let first = summary.split(whereSeparator: { $0 == "\n" }).first else { return nil }
        // Sentences end at ". ", but not after "a.m." / "p.m.".
        let text = String(first).replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "a.m. ", with: "am ").replacingOccurrences(of: "p.m. ", with: "pm ")
        var sentence = String(text.split(separator: ". ", maxSplits: 1).first ?? Substring(text))
        for regex in [leadingTimeClauses, leadingYearClause, leadingTimeClauses] {
            sentence = regex.stringByReplacingMatches(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length), withTemplate: "")
        }
        sentence = sentence.trimmingCharacters(in: CharacterSet(charactersIn: " .:*"))
        guard sentence.split(separator: " ").count >= 3 else { return nil }
        if sentence.count > 72 {
            let cut = sentence.prefix(70)
            sentence = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    /// "the ALX School Portal experienced a critical outage" → "ALX School Portal critical outage";
    /// "the `search` service was degraded" → "Search service degradation".
    static func titleFromSummary(_ summary: String) -> String? {
        let plain = summary.replacingOccurrences(of: "`", with: "")
        let plainNS = plain as NSString
        if let match = systemSubjectRegex.firstMatch(in: plain, range: NSRange(location: 0, length: min(plainNS.length, 1500))) {
            let subject = plainNS.substring(with: match.range(at: 1))
            let verb = plainNS.substring(with: match.range(at: 2)).lowercased()
            let kind = match.range(at: 3).location != NSNotFound ? plainNS.substring(with: match.range(at: 3))
                : ["degraded": "degradation", "unavailable": "outage", "down": "outage", "crashed": "crash"][verb] ?? "incident"
            let title = subject + " " + kind
            return title.prefix(1).uppercased() + title.dropFirst()
        }
        let ns = summary as NSString
        for match in subjectRegex.matches(in: summary, range: NSRange(location: 0, length: min(ns.length, 1500))) {
            let subject = ns.substring(with: match.range(at: 1)).trimmingBlanks()
            let firstWord = subject.split(separator: " ").first.map(String.init) ?? ""
            if ["On", "In", "At", "From", "During", "This", "It", "We", "Our", "Between", "Users", "Customers"].contains(firstWord) && subject.split(separator: " ").count == 1 { continue }
            let subjectWords = subject.split(separator: " ").drop { ["On", "In", "At", "During", "From"].contains(String($0)) }
            guard !subjectWords.isEmpty else { continue }
            let kind = match.range(at: 2).location != NSNotFound ? ns.substring(with: match.range(at: 2)) : "incident"
            return subjectWords.joined(separator: " ") + " " + kind
        }
        return nil
    }

    static let byLine = try! NSRegularExpression(pattern: #"^(?:>\s*)*(?:[-*]\s+)?(?:(?:written\s+|created\s+|prepared\s+)?by|authors?|owners?|created\s+by)\s*:?\s+(.+)$"#, options: [.caseInsensitive])

    /// Front matter authors, else a "by …" / "Authors:" line near the top or an Authors section.
    func authors() -> [String] {
        if let front = document.frontMatter {
            let names = (front["authors"] ?? front["author"])?.strings ?? []
            if !names.isEmpty { return names }
        }
        let lines = document.bodyLines.prefix(60).map(String.init)
        for (index, line) in lines.enumerated() {
            let cleaned = LineCleaner.inline(line).trimmingBlanks()
            // Both checks below need "by", "author" or "owner" in the line; most lines have none.
            guard Self.mayName(cleaned) else { continue }
            let ns = cleaned as NSString
            if let match = Self.byLine.firstMatch(in: cleaned, range: NSRange(location: 0, length: ns.length)) {
                let names = Self.splitNames(ns.substring(with: match.range(at: 1)))
                if !names.isEmpty { return names }
            }
            // "## Authors" followed by the names.
            if cleaned.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "#: ")) == "authors",
               let next = lines.dropFirst(index + 1).first(where: { !$0.trimmingBlanks().isEmpty }) {
                let names = Self.splitNames(LineCleaner.clean(Substring(next)).text)
                if !names.isEmpty { return names }
            }
        }
        return []
    }

    /// True when the text holds "by", "author" or "owner" in any case (ASCII: no other letter folds to these).
    static func mayName(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func at(_ index: Int, _ word: StaticString) -> Bool {
                guard index + word.utf8CodeUnitCount <= bytes.count else { return false }
                for offset in 0..<word.utf8CodeUnitCount where bytes[index + offset] | 0x20 != word.utf8Start[offset] { return false }
                return true
            }
            for index in bytes.indices {
                switch bytes[index] | 0x20 {
                case UInt8(ascii: "b"): if at(index, "by") { return true }
                case UInt8(ascii: "a"): if at(index, "author") { return true }
                case UInt8(ascii: "o"): if at(index, "owner") { return true }
                default: break
                }
            }
            return false
        }
    }

    static func splitNames(_ text: String) -> [String] {
        let stripped = text.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)
        let parts = stripped.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: "&", with: ",").split(separator: ",")
        let names = parts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " *_.@")) }.filter { !$0.isEmpty }
        // A sentence is not a list of names.
        guard names.allSatisfy({ $0.split(separator: " ").count <= 4 && !$0.contains(":") }), names.count <= 8 else { return [] }
        return names
    }

    static let severityRegex = try! NSRegularExpression(pattern: #"(?i:severity|sev\s+level|priority)\s*[:=*\s]*\s*\**\s*(sev[-\s]?[0-5]|s[0-5]|p[0-5]|[0-5]\b|critical|major|minor|high|medium|moderate|low)|\b(SEV[-\s]?[0-5])\b"#)

    /// Front matter severity, else a "Severity: SEV2" statement or a SEVn mention.
    mutating func severity() -> Severity? {
        if let entry = document.frontMatter?.entry("severity") ?? document.frontMatter?.entry("sev") {
            if let text = entry.value.string, let severity = Severity(parsing: text) { return severity }
            diagnostics.append(Diagnostic(.warning, line: entry.line, "severity '\(entry.value.string ?? "")' is not understood (use SEV0–SEV5, P0–P5, critical, high, medium or low)"))
            return nil
        }
        if let stated = metadata.values["severity"] {
            if let severity = Severity(parsing: stated.value) ?? stated.value.split(separator: " ").lazy.compactMap({ Severity(parsing: String($0)) }).first {
                return severity
            }
        }
        let head = document.bodyLines.prefix(80).joined(separator: "\n")
        let ns = head as NSString
        guard let match = Self.severityRegex.firstMatch(in: head, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let group = match.range(at: 1).location != NSNotFound ? 1 : 2
        var value = ns.substring(with: match.range(at: group))
        if Int(value) != nil { value = (ns.substring(with: match.range).lowercased().hasPrefix("priority") ? "p" : "sev") + value }
        return Severity(parsing: value)
    }
}
