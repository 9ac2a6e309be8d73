/// An integer as `String(format: "%0*d")` writes it (the sign counts in the width),
/// without the C formatter: dates and times are formatted in every row of every page.
enum ZeroPadded {
    static func text(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        let zeros = width - sign.count - digits.count
        return zeros > 0 ? sign + String(repeating: "0", count: zeros) + digits : sign + digits
    }
}
