/// Element ids for one chart, derived from a caller-chosen prefix so several
/// charts on one page never share an id.
struct ChartIDs: Equatable {
    let prefix: String

    init(prefix raw: String, fallback: String) {
        let kept = raw.unicodeScalars.map { s -> Character in
            let ok = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_"
            return ok ? Character(s) : "-"
        }
        var p = String(kept)
        if p.isEmpty { p = fallback }
        // An id must not start with a digit or hyphen to be usable in CSS selectors.
        if let f = p.unicodeScalars.first, !((f >= "a" && f <= "z") || (f >= "A" && f <= "Z") || f == "_") {
            p = "c" + p
        }
        prefix = p
    }

    var title: String { prefix + "-title" }
    var desc: String { prefix + "-desc" }
}
