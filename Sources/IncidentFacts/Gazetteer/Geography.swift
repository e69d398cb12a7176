/// A point on the globe, in degrees.
public struct GeoPosition: Sendable, Hashable {
    public let latitude: Double
    public let longitude: Double

    /// From the gazetteer's "lat,lon" field.
    init?(_ field: String) {
        let parts = field.split(separator: ",")
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) else { return nil }
        latitude = lat
        longitude = lon
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
        Gazetteer.shared.citiesByName[city.lowercased()]?.filter { $0.country == country }
            .max { $0.population < $1.population }
    }
}
