/// A point on the globe, in degrees.
public struct GeoPosition: Sendable, Hashable {
    public let latitude: Double
    public let longitude: Double

    /// From the gazetteer's "lat,lon" field.
    init?(_ field: String) {
        let parts = field.utf8.split(separator: UInt8(ascii: ","))
        guard parts.count == 2, let lat = Self.decimal(parts[0]), let lon = Self.decimal(parts[1]) else { return nil }
        latitude = lat
        longitude = lon
    }

    /// A decimal such as "-33.8688", read from its bytes: the gazetteer's thousands of positions
    /// made `Double(_:)` (which copies each into a C string for `strtod`) a third of its start-up.
    /// The digits as an integer divided by a power of ten is the correctly rounded value, as
    /// `strtod` gives, while both are exact doubles (up to 15 digits here).
    static func decimal(_ bytes: Substring.UTF8View.SubSequence) -> Double? {
        var digits = 0
        var count = 0
        var decimals = -1
        var negative = false
        for (k, b) in bytes.enumerated() {
            if b == UInt8(ascii: "-") && k == 0 {
                negative = true
            } else if b == UInt8(ascii: ".") && decimals < 0 {
                decimals = 0
            } else if b >= 48 && b <= 57 && count < 15 {
                digits = digits * 10 + Int(b - 48)
                count += 1
                if decimals >= 0 { decimals += 1 }
            } else {
                return nil
            }
        }
        guard count > 0 else { return nil }
        var power = 1.0
        for _ in 0..<max(decimals, 0) { power *= 10 }
        let value = Double(digits) / power
        return negative ? -value : value
    }

    /// Great-circle distance (haversine), in kilometres.
    public func kilometres(to other: GeoPosition) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians, dLon = (other.longitude - longitude) * radians
        let halfLat = Platform.sine(dLat / 2), halfLon = Platform.sine(dLon / 2)
        let a =
            halfLat * halfLat + Platform.cosine(latitude * radians) * Platform.cosine(other.latitude * radians)
            * halfLon
            * halfLon
        return 6371 * 2 * Platform.arcTangent(a.squareRoot(), (1 - a).squareRoot())
    }
}

/// How places relate, from the gazetteer: what merging needs to tell a suburb and its city
/// (Krasnogorsk and Moscow) from two cities of one country.
public enum Geography {
    /// Where a city of a country lies, when the gazetteer knows.
    public static func position(of city: String, in country: String) -> GeoPosition? {
        place(city, in: country)?.position
    }

    /// The most populous city of that name in the country.
    private static func place(_ city: String, in country: String) -> Place? {
        CityTable.shared.byName[city.lowercased()]?.filter { $0.country == country }
            .max { $0.population < $1.population }
    }
}
