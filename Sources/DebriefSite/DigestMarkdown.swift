/// The digest as GitHub-flavoured Markdown, for posting into chat.
enum DigestMarkdown {
    static func render(_ facts: DigestFacts, pageURL: String?) -> String {
        var out: [String] = []
        out.append("# Reliability digest \(facts.weekLabel)")
        out.append("")
        out.append("\(facts.rangeText) (\(escape(facts.zoneName))) · \(escape(facts.siteTitle))")
        out.append("")
        out.append("**\(facts.headline)**")
        out.append("")
        out.append("> \(escape(facts.trendSentence))")
        if facts.hasIncidents {
            out += ["", "## Incidents", "",
                    "| Started | Incident | Severity | Services | TTD | TTR |",
                    "| --- | --- | --- | --- | --- | --- |"]
            for line in facts.incidents {
                out.append("| \(line.startedText) | \(link(line.title, line.href))\(line.isOpen ? " (open)" : "") | \(line.severity) | \(escape(line.servicesText)) | \(line.ttd) | \(line.ttr) |")
            }
        }
        out += ["", "## Still unresolved", ""]
        if facts.unresolved.isEmpty { out.append("Nothing was unresolved at the week's end.") }
        for line in facts.unresolved {
            out.append("- \(link(line.title, line.href)) (\(line.severity)), started \(line.startedText), \(line.openFor)")
        }
        out += ["", "## Customer impact", "", escape(facts.impactText)]
        out += ["", "## Response times", "",
                "| Mean | This week | \(facts.previous4Label) | \(facts.previous12Label) |",
                "| --- | --- | --- | --- |"]
        for metric in facts.metrics {
            out.append("| \(metric.abbreviation) | \(metric.week) | \(metric.previous4) | \(metric.previous12) |")
        }
        out += ["", "## Severity mix", "", DigestFacts.counts(facts.severityMix)]
        out += ["", "## Services with most incidents", ""]
        out.append(facts.topServices.isEmpty ? "none" : facts.topServices.map { "\(escape($0.name)) (\($0.count))" }.joined(separator: " · "))
        out += ["", "## Longest incident", ""]
        if let title = facts.longestTitle, let text = facts.longestText {
            out.append("\(link(title, facts.longestHref)): \(text)")
        } else {
            out.append("none")
        }
        out += ["", "## Action items created this week", ""]
        if facts.createdItems.isEmpty { out.append("none") }
        for item in facts.createdItems {
            out.append("- [\(item.done ? "x" : " ")] \(escape(item.text))\(item.hasOwner ? " (owner: \(escape(item.owner)))" : "") · \(link(item.incidentTitle, item.incidentHref))")
        }
        out += ["", "## Open action items from earlier incidents, oldest first", ""]
        if facts.openItems.isEmpty { out.append("none") }
        for item in facts.openItems {
            out.append("- \(item.age) old: \(escape(item.text))\(item.hasOwner ? " (owner: \(escape(item.owner)))" : "") · \(link(item.incidentTitle, item.incidentHref))")
        }
        if facts.openItemsHidden > 0 { out.append("- and \(facts.openItemsHidden) more") }
        if let pageURL { out += ["", "[Full digest with charts](\(pageURL))"] }
        return TerminalText.safe(out.joined(separator: "\n") + "\n")
    }

    static func link(_ title: String, _ href: String?) -> String {
        guard let href else { return escape(title) }
        return "[\(escape(title))](\(href.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ")", with: "%29")))"
    }

    /// Backslash-escapes the characters that would start Markdown syntax (or break a table cell).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}
