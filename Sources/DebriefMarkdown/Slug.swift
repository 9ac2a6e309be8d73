import Foundation
/// URL- and id-safe slugs: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
    /// `"Root cause: DB Failover!"` → `"root-cause-db-failover"`. Letters with
    /// accents are folded to ASCII; anything else becomes a separator.
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        var spelled = ""
        for character in text { spelled += extraFolds[character] ?? String(character) }
        let folded = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
                if out.count >= maxLength { break }
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Letters that diacritic folding leaves alone.
    static let extraFolds: [Character: String] = [
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE", "æ": "ae",
        "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i",
    ]
}
