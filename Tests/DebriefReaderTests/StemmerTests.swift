import Testing
@testable import DebriefReader

/// Porter2 against the sample vocabulary published with the Snowball English stemmer.
@Suite("Porter2 stemmer")
struct StemmerTests {
    @Test(arguments: [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"), ("consoled", "consol"),
        ("consolidate", "consolid"), ("consolidated", "consolid"), ("consolingly", "consol"), ("consonant", "conson"),
        ("conspicuous", "conspicu"), ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("constable", "constabl"), ("constancy", "constanc"), ("knackeries", "knackeri"), ("kneaded", "knead"),
        ("knee", "knee"), ("kneeling", "kneel"), ("knees", "knee"), ("knightly", "knight"), ("knitting", "knit"),
        ("knives", "knive"), ("knocker", "knocker"), ("knocking", "knock"),
    ])
    func publishedVocabulary(word: String, stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    @Test("the inflections of one verb meet at one stem")
    func inflectionsMeet() {
        let stems = Set(["restore", "restored", "restores", "restoring", "restoration"].map(Stemmer.stem))
        #expect(stems == ["restor"])
        #expect(Stemmer.stem("rebooting") == Stemmer.stem("rebooted"))
    }

    @Test("exceptions, short words and non-letters are kept")
    func edges() {
        #expect(Stemmer.stem("skies") == "sky")
        #expect(Stemmer.stem("news") == "news")
        #expect(Stemmer.stem("ok") == "ok")
        #expect(Stemmer.stem("5xx") == "5xx")
        #expect(Stemmer.stem("café") == "café")
    }
}
