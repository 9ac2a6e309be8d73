/// The digest as plain text for a terminal.
enum DigestPlainText {
    static func render(_ facts: DigestFacts, pageURL: String?) -> String {
        var out: [String] = []
        func heading(_ text: String) { out += ["", text, String(repeating: "-", count: text.count)] }
        let title = "Reliability digest \(facts.weekLabel) · \(facts.siteTitle)"
        out += [title, String(repeating: "=", count: title.count)]
        out.append("\(facts.rangeText) (\(facts.zoneName))")
        out += ["", facts.headline, facts.trendSentence]
        if facts.hasIncidents {
            heading("Incidents")
            for line in facts.incidents {
                out.append("* \(line.title)\(line.isOpen ? " [open]" : "")")
                out.append("  \(line.startedText) · \(line.severity) · \(line.servicesText) · TTD \(line.ttd) · TTR \(line.ttr)")
            }
        }
        heading("Still unresolved")
        if facts.unresolved.isEmpty { out.append("Nothing was unresolved at the week's end.") }
        for line in facts.unresolved { out.append("* \(line.title) (\(line.severity)), started \(line.startedText), \(line.openFor)") }
        heading("Customer impact")
        out.append(facts.impactText)
        heading("Response times (mean, n = incidents where known)")
        let rows = [["", "This week", facts.previous4Label, facts.previous12Label]]
            + facts.metrics.map { [$0.abbreviation, $0.week, $0.previous4, $0.previous12] }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = row.enumerated().map { $0.element + String(repeating: " ", count: widths[$0.offset] - $0.element.count) }
            out.append(padded.joined(separator: "  ").replacing(/\s+$/, with: ""))
        }
        heading("Severity mix")
        out.append(DigestFacts.counts(facts.severityMix))
        heading("Services with most incidents")
        out.append(facts.topServices.isEmpty ? "none" : facts.topServices.map { "\($0.name) (\($0.count))" }.joined(separator: " · "))
        heading("Longest incident")
        if let title = facts.longestTitle, let text = facts.longestText { out.append("\(title): \(text)") } else { out.append("none") }
        heading("Action items created this week")
        if facts.createdItems.isEmpty { out.append("none") }
        for item in facts.createdItems {
            out.append("[\(item.done ? "x" : " ")] \(item.text)\(item.hasOwner ? " (owner: \(item.owner))" : "") · \(item.incidentTitle)")
        }
        heading("Open action items from earlier incidents, oldest first")
        if facts.openItems.isEmpty { out.append("none") }
        for item in facts.openItems {
            out.append("* \(item.age) old: \(item.text)\(item.hasOwner ? " (owner: \(item.owner))" : "") · \(item.incidentTitle)")
        }
        if facts.openItemsHidden > 0 { out.append("* and \(facts.openItemsHidden) more") }
        if let pageURL { out += ["", "Full digest: \(pageURL)"] }
        return TerminalText.safe(out.joined(separator: "\n") + "\n")
    }
}
