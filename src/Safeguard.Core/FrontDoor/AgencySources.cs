using Safeguard.Core.People;

namespace Safeguard.Core.FrontDoor;

/// <summary>
/// The CIN census referral source a partner agency's own referral carries: police 6, schools 2A, health 3A–3F (the
/// practitioner says which service), and so on. The first code is the agency's usual one.
/// </summary>
public static class AgencySources
{
    public static IReadOnlyList<string> For(Agency agency) => agency switch
    {
        Agency.Police => ["6"],
        Agency.Education => ["2A", "2B"],
        Agency.Health => ["3B", "3A", "3C", "3D", "3E", "3F"],
        Agency.Housing => ["4"],
        Agency.Probation => ["7"],
        Agency.EarlyHelp => ["5D"],
        Agency.OtherLocalAuthority => ["5C"],
        Agency.ChildrensSocialCare => ["5A"],
        _ => ["8"],
    };
}
