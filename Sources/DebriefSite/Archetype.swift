import DebriefModel
import DebriefReader
import Foundation

/// A Markdown template `debrief new` fills in. Built in: `classic` and `sre`; a site's
/// `Templates/archetypes/NAME.md` overrides one by name or adds another.
///
/// Tokens replaced: `{{title}}`, `{{severity}}`, `{{timezone}}` (double-quoted YAML
/// scalars), `{{services}}` (a YAML flow list), `{{date}}` (YYYY-MM-DD) and
/// `{{titleText}}` (the title as plain text, for the body).
public struct Archetype: Sendable, Equatable {
    public var name: String
    public var text: String
    /// Where it came from: "built in" or its file's path.
    public var origin: String

    public init(name: String, text: String, origin: String) {
        self.name = name
        self.text = text
        self.origin = origin
    }

    /// The built-in archetype everyone gets unless they ask for another.
    public static let defaultName = "classic"

    /// Names are letters, digits, `-` and `_`: they become a file name, never a path.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_" }
    }

    /// The text with its tokens replaced by the values given.
    public func filled(title: String, date: LocalDate, severity: String, services: [String], timezone: String) -> String {
        let values: [(String, String)] = [
            ("{{title}}", NewPostmortem.yamlQuoted(title)),
            ("{{titleText}}", title.split(whereSeparator: \.isNewline).joined(separator: " ")),
            ("{{date}}", date.description),
            ("{{severity}}", NewPostmortem.yamlQuoted(severity)),
            ("{{services}}", "[" + services.map(NewPostmortem.yamlQuoted).joined(separator: ", ") + "]"),
            ("{{timezone}}", NewPostmortem.yamlQuoted(timezone)),
        ]
        // One pass over the text, so a value holding "{{date}}" is never itself replaced.
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            if let (token, value) = values.first(where: { rest[open.lowerBound...].hasPrefix($0.0) }) {
                out += value
                rest = rest[rest.index(open.lowerBound, offsetBy: token.count)...]
            } else {
                out += "{{"
                rest = rest[open.upperBound...]
            }
        }
        return out + rest
    }
}

/// The archetypes a site can use: the built-in ones, then its own `Templates/archetypes/*.md`.
public struct ArchetypeLibrary: Sendable {
    public var archetypes: [String: Archetype]

    /// Built-in archetypes overridden or added to by `site` (name → (path, text)).
    public init(site: [String: (path: String, text: String)] = [:]) {
        var all: [String: Archetype] = [:]
        for (name, text) in BuiltinArchetypes.all { all[name] = Archetype(name: name, text: text, origin: "built in") }
        for (name, file) in site where Archetype.isValidName(name) { all[name] = Archetype(name: name, text: file.text, origin: file.path) }
        self.archetypes = all
    }

    /// Reads `DIRECTORY/*.md` (a site's `Templates/archetypes`); a missing folder adds nothing.
    public static func site(directory: String, fileSystem: FileSystem = .disk) -> ArchetypeLibrary {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var found: [String: (path: String, text: String)] = [:]
        for name in names where name.hasSuffix(".md") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = try? fileSystem.read(path) else { continue }
            found[String(name.dropLast(3))] = (path, String(decoding: data, as: UTF8.self))
        }
        return ArchetypeLibrary(site: found)
    }

    public var names: [String] { archetypes.keys.sorted() }

    public subscript(name: String) -> Archetype? { archetypes[name] }

    /// Placeholder lines of every archetype, for `debrief check`.
    public var placeholders: Placeholders { Placeholders(archetypes: names.compactMap { archetypes[$0]?.text }) }
}
