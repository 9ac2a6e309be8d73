import DebriefModel
import Foundation

/// `debrief check`'s three output forms.
public enum CheckOutput {
    /// How findings are printed.
    public enum Format: String, Sendable, CaseIterable {
        /// `PATH:LINE:COL: error|warning|note: message`, then a summary line.
        case text
        /// One JSON object: `files` [{path, diagnostics [{severity, line, column, message}]}] and `summary`.
        case json
        /// GitHub Actions workflow commands (`::warning file=…,line=…,col=…::message`), shown on the pull request.
        case github
    }

    public static func render(_ report: CheckReport, format: Format) -> String {
        switch format {
        case .text: text(report)
        case .json: json(report)
        case .github: github(report)
        }
    }

    static func text(_ report: CheckReport) -> String {
        let lines = report.files.flatMap { file in file.diagnostics.map { line($0, path: file.path) } }
        return (lines + [report.summary]).joined(separator: "\n") + "\n"
    }

    /// One finding on one line: a line break in a message would start a false finding.
    static func line(_ diagnostic: Diagnostic, path: String) -> String {
        TerminalText.safe(diagnostic.formattedWithColumn(path: path)).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func json(_ report: CheckReport) -> String {
        let files = report.files.map { file in
            JSONValue.object([
                ("path", .string(file.path)),
                ("diagnostics", .array(file.diagnostics.map { diagnostic in
                    .object([("severity", .string(diagnostic.level.rawValue)), ("line", .int(diagnostic.line)),
                             ("column", .int(diagnostic.column)), ("message", .string(diagnostic.message))])
                })),
            ])
        }
        let summary = JSONValue.object([("files", .int(report.checked)), ("errors", .int(report.count(.error))),
                                        ("warnings", .int(report.count(.warning))), ("notes", .int(report.count(.note)))])
        return JSONValue.object([("files", .array(files)), ("summary", summary)]).rendered() + "\n"
    }

    static func github(_ report: CheckReport) -> String {
        var lines: [String] = []
        for file in report.files {
            for diagnostic in file.diagnostics {
                let command = diagnostic.level == .note ? "notice" : diagnostic.level.rawValue
                var properties = ["file=\(property(file.path))"]
                if diagnostic.line > 0 { properties += ["line=\(diagnostic.line)", "col=\(max(diagnostic.column, 1))"] }
                lines.append(TerminalText.safe("::\(command) \(properties.joined(separator: ","))::\(data(diagnostic.message))"))
            }
        }
        return (lines + [report.summary]).joined(separator: "\n") + "\n"
    }

    /// Escaping for a workflow command's message (GitHub's `escapeData`).
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for a workflow command's property (GitHub's `escapeProperty`).
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
