using System.Text;

namespace Safeguard.Core.Published;

/// <summary>
/// All English children's services authorities seen in the published data (153 current plus
/// the pre-reorganisation ones: Cumbria, Northamptonshire, Bournemouth, Poole, Dorset (pre-2019)).
/// Authorities that did not exist in a year simply have no rows for that year; nothing is
/// re-apportioned between predecessor and successor authorities.
/// </summary>
public sealed class AuthorityDirectory
{
    private readonly Dictionary<string, LocalAuthority> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<LocalAuthority>> _byName = new(StringComparer.Ordinal);

    /// <summary>Successors after local government reorganisation, keyed by predecessor LA number.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Successors =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["909"] = ["942", "943"], // Cumbria → Cumberland, Westmorland and Furness (April 2023)
            ["928"] = ["940", "941"], // Northamptonshire → North / West Northamptonshire (April 2021)
            ["835"] = ["838", "839"], // Dorset (pre-LGR) → Dorset, BCP (April 2019)
            ["836"] = ["839"], // Poole → BCP
            ["837"] = ["839"], // Bournemouth → BCP
        };

    public AuthorityDirectory(IEnumerable<LocalAuthority> authorities)
    {
        All = authorities.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.LaCode, StringComparer.Ordinal).ToList();
        foreach (var la in All)
        {
            _byCode[la.LaCode] = la;
            _byCode[la.NewLaCode] = la;
            foreach (var old in la.PreviousNewLaCodes)
            {
                _byCode[old] = la;
            }

            foreach (var key in NameKeys(la.Name))
            {
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                }

                list.Add(la);
            }
        }

        Current = All.Where(a => a.IsCurrent).ToList();
    }

    public IReadOnlyList<LocalAuthority> All { get; }

    /// <summary>The 153 authorities in the latest year's returns.</summary>
    public IReadOnlyList<LocalAuthority> Current { get; }

    /// <summary>By 3-digit LA number, or current/previous ONS code (E06…, E08…, E09…, E10…).</summary>
    public LocalAuthority? ByCode(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// Case-insensitive name lookup, tolerant of "&amp;"/"and", punctuation and spacing. Where a
    /// name was reused (Dorset, North Yorkshire) the current authority wins.
    /// </summary>
    public LocalAuthority? ByName(string name)
    {
        var key = NormaliseName(name);
        if (!_byName.TryGetValue(key, out var list) && !_byName.TryGetValue(StripAffixes(key), out list))
        {
            return null;
        }

        return list.OrderByDescending(a => a.IsCurrent).ThenByDescending(a => a.LastYear).First();
    }

    /// <summary>By code first, then by name.</summary>
    public LocalAuthority? Find(string codeOrName) => ByCode(codeOrName) ?? ByName(codeOrName);

    // "Bristol, City of" is also found as "Bristol" and "City of Bristol".
    private static IEnumerable<string> NameKeys(string name)
    {
        var key = NormaliseName(name);
        yield return key;
        foreach (var suffix in new[] { " city of", " county of" })
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = key[..^suffix.Length];
                yield return stem;
                yield return suffix.Trim() + " " + stem;
            }
        }

        if (StripAffixes(key) != key)
        {
            yield return StripAffixes(key);
        }
    }

    // LAIT writes "Bedford Borough", "Durham"; EES writes "Bedford", "County Durham".
    private static string StripAffixes(string key)
    {
        if (key.StartsWith("county ", StringComparison.Ordinal))
        {
            key = key["county ".Length..];
        }

        foreach (var suffix in new[] { " borough", " pre lg" })
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
            }
        }

        return key;
    }

    public static string NormaliseName(string name)
    {
        var s = name.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(' ');
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
