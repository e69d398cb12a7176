extension Gazetteer {
    static let groupsTSV = #"""
Tehreek-e-Taliban Pakistan	TTP|Pakistani Taliban|Tehrik-i-Taliban Pakistan|Taliban	Pakistan
"""#
}
