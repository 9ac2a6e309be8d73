import DebriefMarkdown
import Mustache

/// The HTML escaping of swift-mustache's default content type (`<` `>` `&` `"`
/// `'`, the same replacements), done on UTF-8 bytes: text with none of them,
/// the usual case, is returned untouched instead of rebuilt character by character.
struct ByteHTMLContentType: MustacheContentType {
    /// The name templates select it by (`{{% CONTENT_TYPE: … }}`), registered once.
    static let name: String = {
        MustacheContentTypes.register(ByteHTMLContentType(), named: "DEBRIEF_HTML")
        return "DEBRIEF_HTML"
    }()

    /// Put before every template: each template (and partial) starts in the default
    /// content type, so each selects this one itself.
    static var pragma: String { "{{% CONTENT_TYPE: \(name)}}" }

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
