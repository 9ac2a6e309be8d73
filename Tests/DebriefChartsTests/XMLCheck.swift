import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Well-formedness check through Foundation's XML parser, so tests catch any
/// escaping slip that would break a page.
enum XMLCheck {
    static func isWellFormed(_ xml: String) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse()
    }

    /// Text of every element named `name`, in document order.
    static func texts(of name: String, in xml: String) -> [String] {
        let collector = Collector(name: name)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }

    /// Attribute values of `attribute` on elements named `element`.
    static func attributes(_ attribute: String, on element: String, in xml: String) -> [String] {
        let collector = Collector(name: element, attribute: attribute)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }

    private final class Collector: NSObject, XMLParserDelegate {
        let name: String
        let attribute: String?
        var found: [String] = []
        private var depth = 0
        private var current = ""

        init(name: String, attribute: String? = nil) {
            self.name = name
            self.attribute = attribute
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard elementName == name else { return }
            if let attribute {
                if let v = attributeDict[attribute] { found.append(v) }
            } else {
                depth += 1
                current = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if depth > 0 { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard elementName == name, attribute == nil, depth > 0 else { return }
            depth -= 1
            found.append(current)
        }
    }
}
