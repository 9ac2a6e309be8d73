@testable import DebriefCharts
import Testing

@Suite struct SVGTests {
    static let hostile = "<script>alert(1)</script>&\"'"

    @Test func escapesTextAndAttributes() {
        let xml = SVG.root([SVGAttribute("data-x", Self.hostile)], children: [SVG("text", [:], [.text(Self.hostile)])]).render()
        #expect(!xml.contains("<script"))
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&apos;"))
        #expect(XMLCheck.isWellFormed(xml))
        #expect(XMLCheck.texts(of: "text", in: xml) == [Self.hostile])
        #expect(XMLCheck.attributes("data-x", on: "svg", in: xml) == [Self.hostile])
    }

    @Test func rootCarriesNamespaceFirstAndKeepsAttributeOrder() {
        let xml = SVG.root([SVGAttribute("b", "2"), SVGAttribute("a", "1"), SVGAttribute("xmlns", "bogus")], children: []).render()
        #expect(xml == #"<svg xmlns="http://www.w3.org/2000/svg" b="2" a="1"/>"#)
    }

    @Test func nestedElementsAndSelfClosing() {
        let tree = SVG("g", ["class": "x"], [SVG("rect", ["width": "1"]), SVG("text", [:], [.text("a")])])
        #expect(tree.render() == "<g class=\"x\">\n<rect width=\"1\"/>\n<text>a</text>\n</g>")
        #expect(tree.adding("id", "g1").appending([SVG("circle")]).render().hasPrefix("<g class=\"x\" id=\"g1\">"))
    }

    @Test func dropsCharactersXMLForbids() {
        let xml = SVG.root([SVGAttribute("title", "a\u{0}b\u{1B}c")], children: [SVG("text", [:], [.text("tab\tok\u{7}")])]).render()
        #expect(XMLCheck.isWellFormed(xml))
        #expect(xml.contains("title=\"abc\""))
        #expect(xml.contains("tab\tok<"))
    }

    @Test func namesCannotBreakOutOfTags() {
        let xml = SVG.root([SVGAttribute("onload=\"x\" y", "1")], children: [SVG("g><script", [:])]).render()
        #expect(!xml.contains("<script"))
        #expect(XMLCheck.isWellFormed(xml))
    }

    @Test func numbersUseFixedFormatting() {
        #expect(Num.s(1.25) == "1.3" || Num.s(1.25) == "1.2")
        #expect(Num.s(3.0) == "3")
        #expect(Num.s(-0.04) == "0")
        #expect(Num.s(1234.56) == "1234.6")
        #expect(Num.s(Double.nan) == "0")
        #expect(Num.s(-7.5) == "-7.5")
    }
}
