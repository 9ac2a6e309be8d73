import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Mustache

/// Renders view structs through Mustache templates: the built-in theme, with a
/// site's own `Templates/NAME.mustache` files overriding it by name.
public struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary
    /// Names of templates taken from the site rather than the built-in theme.
    public let overridden: [String]

    /// Problems parsing a site template.
    public struct TemplateError: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// Built-in templates, then overrides read from `overrides` (name → text, with the file path for errors).
    public init(overrides: [(name: String, path: String, text: String)] = []) throws {
        var library = MustacheLibrary()
        for (name, text) in BuiltinTemplates.all.sorted(by: { $0.key < $1.key }) {
            try library.register(ByteHTMLContentType.pragma + text, named: name)
        }
        for override in overrides {
            do {
                try library.register(ByteHTMLContentType.pragma + override.text, named: override.name)
            } catch {
                throw TemplateError(path: override.path, message: "template does not parse: \(error)")
            }
        }
        self.library = library
        self.overridden = overrides.map(\.name).sorted()
    }

    /// Reads `*.mustache` files of a site's `Templates/` folder (missing folder: no overrides).
    public static func overrides(in directory: String, fileSystem: FileSystem = .disk) -> [(name: String, path: String, text: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".mustache") }.sorted().compactMap { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = try? fileSystem.read(path) else { return nil }
            return (String(name.dropLast(".mustache".count)), path, String(decoding: data, as: UTF8.self))
        }
    }

    /// Renders a view with a named template; a missing template is an error, not empty text.
    public func render(_ view: Any, template name: String) throws -> String {
        try render(boxed: MustacheBox.box(view) ?? view, template: name)
    }

    /// Renders a view already boxed by ``MustacheBox``.
    func render(boxed tree: Any, template name: String) throws -> String {
        guard let text = library.render(tree, withTemplate: name) else {
            throw TemplateError(path: "Templates/\(name).mustache", message: "no template named '\(name)'")
        }
        return text
    }
}
