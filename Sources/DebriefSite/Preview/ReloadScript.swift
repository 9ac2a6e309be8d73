import Foundation

/// The live-reload script `serve` puts into HTML responses (never into files
/// on disk). It listens on `eventsPath` and reloads the page when the site's
/// version differs from the one the page was served with; the stream sends the
/// current version as soon as it opens, so a rebuild that finished between the
/// page load and the connection is not missed.
public enum ReloadScript {
    /// Where the server-sent events are.
    public static let eventsPath = "/__debrief/events"
    /// The event's name.
    public static let eventName = "reload"

    /// The `<script>` element for a page served at `version`.
    public static func tag(version: String) -> String {
        let quoted = jsString(version)
        return "<script data-debrief-reload>(function(){var v=\(quoted);"
            + "var s=new EventSource(\"\(eventsPath)\");"
            + "s.addEventListener(\"\(eventName)\",function(e){if(e.data!==v){s.close();location.reload();}});})();</script>"
    }

    /// `html` with the script before its last `</body>` (at the end when there is none).
    public static func inject(into html: Data, version: String) -> Data {
        let tag = Data(tag(version: version).utf8)
        guard let close = lastBodyClose(in: html) else { return html + tag }
        var out = Data(capacity: html.count + tag.count)
        out.append(html[html.startIndex..<close])
        out.append(tag)
        out.append(html[close...])
        return out
    }

    /// Index of the last `</body` (any case), searched from the end: pages put it last.
    static func lastBodyClose(in html: Data) -> Data.Index? {
        let pattern = Array("</body".utf8)
        let bytes = [UInt8](html)
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "<"), zip(bytes[index...], pattern).allSatisfy({ lower($0) == $1 }) {
                return html.startIndex + index
            }
            index -= 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// A JavaScript string literal that cannot end the script element.
    private static func jsString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar.value < 0x20 ? " " : scalar)
            }
        }
        return out + "\""
    }
}
