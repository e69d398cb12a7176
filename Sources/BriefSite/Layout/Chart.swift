import IncidentFacts

/// Small SVG charts drawn at build time, readable without JavaScript.
enum Chart {
    /// One year of a chart: its incidents, and the death tolls the line adds up.
    struct Year {
        var count = 0
        var tolls: [Casualties?] = []
        /// The deaths the line shows: the tolls' figures added up.
        var killed: Int { tolls.compactMap { $0?.best }.saturatingSum }
    }

    /// Bars for incidents per year and a line for deaths per year, over every year in range; each
    /// has its own scale, incidents on the left and deaths on the right, in the line's colour.
    static func yearly(_ data: [Int: Year], title rawTitle: String) -> String {
        let title = HTMLText.escape(rawTitle)
        guard let first = data.keys.min(), let last = data.keys.max() else { return "" }
        let years = Array(first...last)
        let width = 640.0, height = 210.0, left = 36.0, right = 48.0, bottom = 24.0, top = 22.0
        let plotWidth = width - left - right, plotHeight = height - bottom - top
        let maxCount = max(1, data.values.map { $0.count }.max() ?? 1)
        let maxKilled = max(1, data.values.map { $0.killed }.max() ?? 1)
        let step = plotWidth / Double(years.count)
        let barWidth = max(2, step * 0.6)
        func fmt(_ x: Double) -> String { String(Int((x * 10).rounded())).withDecimal }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(title)\">"
        svg += "<title>\(title)</title>"
        var points: [String] = []
        for (i, year) in years.enumerated() {
            let x = left + Double(i) * step + (step - barWidth) / 2
            let value = data[year] ?? Year()
            let h = plotHeight * Double(value.count) / Double(maxCount)
            if value.count > 0 {
                svg +=
                    "<rect class=\"bar\" x=\"\(fmt(x))\" y=\"\(fmt(top + plotHeight - h))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\"><title>\(year): \(value.count) incident\(value.count == 1 ? "" : "s"), \(Formatting.total(value.tolls)) killed</title></rect>"
            }
            let ky = top + plotHeight - plotHeight * Double(value.killed) / Double(maxKilled)
            points.append("\(fmt(x + barWidth / 2)),\(fmt(ky))")
            if years.count <= 16 || year % 5 == 0 || i == 0 || i == years.count - 1 {
                svg +=
                    "<text x=\"\(fmt(x + barWidth / 2))\" y=\"\(Int(height - 6))\" text-anchor=\"middle\">\(year)</text>"
            }
        }
        svg += "<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>"
        let bottomY = Int(top + plotHeight), topY = Int(top + 8), rightX = Int(width - 2)
        svg += "<text x=\"2\" y=\"10\">incidents</text>"
        svg += "<text x=\"2\" y=\"\(topY)\">\(maxCount)</text><text x=\"2\" y=\"\(bottomY)\">0</text>"
        svg += "<text class=\"deaths\" x=\"\(rightX)\" y=\"10\" text-anchor=\"end\">deaths</text>"
        svg += "<text class=\"deaths\" x=\"\(rightX)\" y=\"\(topY)\" text-anchor=\"end\">"
        svg += "\(SummaryComposer.thousands(maxKilled))</text>"
        svg += "<text class=\"deaths\" x=\"\(rightX)\" y=\"\(bottomY)\" text-anchor=\"end\">0</text>"
        svg += "</svg>"
        return svg
    }
}

private extension String {
    /// "1234" (tenths) → "123.4".
    var withDecimal: String {
        guard let n = Int(self) else { return self }
        let sign = n < 0 ? "-" : ""
        let a = abs(n)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }
}
