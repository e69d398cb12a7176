extension Gazetteer {
    static let countriesTSV = #"""
Pakistan	PK	Islamic Republic of Pakistan	Pakistani|Pakistanis
United States	US	U.S.|US|USA|America	American|Americans
"""#
    static let regionsTSV = #"""
Sindh	Pakistan	
"""#
    static let citiesTSV = #"""
Karachi	Pakistan	Sindh	11000000	
"""#
}
