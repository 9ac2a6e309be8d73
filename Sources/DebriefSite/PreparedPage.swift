import Foundation

/// An aggregate page made ready to key before it is rendered: a Mustache page as its
/// boxed view (the costly rendering not yet done), or a page made without templates
/// (feeds, exports, the sitemap, assets) already as its bytes.
struct PreparedPage: @unchecked Sendable {
    enum Content {
        /// The view as ``MustacheBox`` boxed it, and the template to render it with.
        case view(tree: Any, template: String)
        case file(Data)
    }

    let path: String
    let content: Content

    init(path: String, view: Any, template: String) {
        self.path = path
        content = .view(tree: MustacheBox.box(view) ?? view, template: template)
    }

    init(_ file: SiteFile) {
        path = file.path
        content = .file(file.data)
    }

    /// What the page shows, hashed with the render salt (templates, settings, version): equal keys, equal bytes.
    func key(salt: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.combine("page")
        hash.combine(salt)
        hash.combine(path)
        switch content {
        case .view(let tree, let template):
            hash.combine(template)
            ValueHash().combine(tree, into: &hash)
        case .file(let data):
            hash.combine(data)
        }
        return hash.value
    }

    /// The page's file, rendering the view now.
    func file(_ renderer: TemplateRenderer) throws -> SiteFile {
        switch content {
        case .view(let tree, let template): return SiteFile(path: path, text: try renderer.render(boxed: tree, template: template))
        case .file(let data): return SiteFile(path: path, data: data)
        }
    }
}
