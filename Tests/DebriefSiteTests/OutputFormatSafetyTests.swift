import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

@Suite("Every output format stays well-formed with hostile titles")
struct OutputFormatSafetyTests {
    /// Splits RFC 4180 text into rows of fields, strictly: a quote inside an unquoted field is an error.
    static func strictCSV(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.append("\"") } else { quoted = false }
                } else { field.append(scalar) }
            } else if scalar == "\"" {
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true; wasQuoted = true
            } else if scalar == "," {
                row.append(String(field)); field = .init(); wasQuoted = false
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                row.append(String(field)); rows.append(row); row = []; field = .init(); wasQuoted = false
            } else {
                guard !wasQuoted, scalar != "\r", scalar != "\n" else { return nil }
                field.append(scalar)
            }
        }
        return quoted || !row.isEmpty || !field.isEmpty ? nil : rows
    }

    @Test("CR or LF in a title stays inside its quoted cell, and formulas are defused on every line",
          arguments: ["ok\r=1+1", "ok\n=1+1", "ok\r\n@SUM(A1)", "\t=cmd", "\r=1", "+1+1", "-1+1", "x\"\u{301}=y"])
    func csv(title: String) throws {
        let incident = Incident(source: "a.md", slug: "a", title: title)
        let rows = try #require(Self.strictCSV(Exports.csv([incident])))
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let cell = rows[1][1]
        for line in cell.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            #expect(!Exports.formulaStarts.contains(line.unicodeScalars.first!), "unguarded line \(line.debugDescription)")
        }
        #expect(!Exports.formulaStarts.contains(cell.unicodeScalars.first!))
    }

    @Test("plain numbers are not prefixed")
    func numbers() {
        #expect(Exports.csvField("-42") == "-42")
        #expect(Exports.csvField("+3.5") == "+3.5")
    }
}
