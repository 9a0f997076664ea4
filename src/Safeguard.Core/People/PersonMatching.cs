using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Safeguard.Core.People;

/// <summary>
/// What a worker typed in the one search box, read into its parts: name words, a date of birth, an NHS number, a UPN.
/// "Ava Smith 3/4/2019", "485 777 3456", "A801200001001" and "smyth 3 4 2019" all read.
/// </summary>
public sealed record PersonQuery(IReadOnlyList<string> Names, DateOnly? DateOfBirth, NhsNumber? NhsNumber, UniquePupilNumber? Upn,
    IReadOnlyList<string> NotUnderstood)
{
    public bool IsEmpty => Names.Count == 0 && DateOfBirth is null && NhsNumber is null && Upn is null;

    /// <summary>Only the words of a name: nothing the database can match exactly.</summary>
    public bool HasIdentifiers => DateOfBirth is not null || NhsNumber is not null || Upn is not null;
}

/// <summary>How well one word of the query matched a name.</summary>
public enum NameMatch { None, Typo, SoundsAlike, StartsWith, Exact }

/// <summary>A child as the matcher sees them: names, dates and identifiers only.</summary>
public sealed record PersonCandidate(Guid Id, string GivenName, string FamilyName, DateOnly? DateOfBirth, DateOnly? ExpectedDateOfBirth,
    string? NhsNumber, string? Upn);

/// <summary>
/// Finding a child by name when the name may be misspelt or spelt another way, and spotting that a child about to be
/// registered may be on the record already. Pure logic: the database narrows the candidates (by the stored phonetic
/// keys, the first letters, the identifiers), this decides and ranks.
/// <para>Names match exactly, by their start ("Ste" finds Stephen), when they sound alike (<see cref="PhoneticKey"/>:
/// Smith/Smyth, Stephen/Steven, Mohammed/Muhammad, Catherine/Kathryn), or with a typo: one edit (a letter missing,
/// extra, wrong or two swapped) in a name of 4–7 letters, two in a longer one; none in shorter names, where one edit
/// makes another name (Ava/Eva).</para>
/// </summary>
public static partial class PersonMatching
{
    /// <summary>Reads the search box. Words it cannot place (a malformed date, a number that is no identifier) are returned to say so.</summary>
    public static PersonQuery Parse(string? text)
    {
        var rest = (text ?? "").Trim();
        if (rest.Length > 200) rest = rest[..200];
        var notUnderstood = new List<string>();
        NhsNumber? nhs = null;
        UniquePupilNumber? upn = null;
        DateOnly? dob = null;

        // An NHS number: ten digits, in any grouping of spaces or hyphens ("485 777 3456").
        var digitRun = NhsLike().Match(rest);
        if (digitRun.Success && People.NhsNumber.TryParse(digitRun.Value, out var n))
        {
            nhs = n;
            rest = rest.Remove(digitRun.Index, digitRun.Length);
        }

        var date = DateLike().Match(rest);
        if (date.Success)
        {
            var (d, m, y) = date.Groups["iy"].Success
                ? (date.Groups["id"].Value, date.Groups["im"].Value, date.Groups["iy"].Value)
                : (date.Groups["d"].Value, date.Groups["m"].Value, date.Groups["y"].Value);
            if (DateOnly.TryParseExact($"{int.Parse(d, CultureInfo.InvariantCulture):00}/{int.Parse(m, CultureInfo.InvariantCulture):00}/{y}",
                    "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                dob = parsed;
            else notUnderstood.Add(date.Value.Trim());
            rest = rest.Remove(date.Index, date.Length);
        }

        var names = new List<string>();
        foreach (var word in rest.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (upn is null && word.Length == 13 && UniquePupilNumber.TryParse(word, out var u)) { upn = u; continue; }
            var letters = Normalise(word);
            if (letters.Length > 0 && word.Any(char.IsLetter) && !word.Any(char.IsDigit)) names.Add(letters);
            else notUnderstood.Add(word);
        }
        return new PersonQuery(names.Take(4).ToList(), dob, nhs, upn, notUnderstood);
    }

    /// <summary>
    /// How well the child matches the query, or null when they do not. Every name word must match the first or last
    /// name (either order); a date of birth, NHS number or UPN in the query must match exactly. Higher is better: exact
    /// matches first, then names that start the same, sound alike, have a typo.
    /// </summary>
    public static int? Score(PersonQuery query, PersonCandidate candidate)
    {
        if (query.IsEmpty) return null;
        var score = 0;
        if (query.NhsNumber is { } nhs)
        {
            if (candidate.NhsNumber != nhs.Value) return null;
            score += 1000;
        }
        if (query.Upn is { } upn)
        {
            if (!string.Equals(candidate.Upn, upn.Value, StringComparison.Ordinal)) return null;
            score += 1000;
        }
        if (query.DateOfBirth is { } dob)
        {
            if ((candidate.DateOfBirth ?? candidate.ExpectedDateOfBirth) != dob) return null;
            score += 300;
        }
        var parts = NameParts(candidate.GivenName).Concat(NameParts(candidate.FamilyName)).ToList();
        foreach (var word in query.Names)
        {
            var best = parts.Count == 0 ? NameMatch.None : parts.Max(p => Compare(word, p));
            if (best == NameMatch.None) return null;
            score += Points(best, word, parts);
        }
        return score;
    }

    /// <summary>
    /// Whether a child on the record may be the child about to be registered: the same NHS number or UPN, or both names
    /// alike (any of the ways names match) and born the same day, the same day with day and month swapped, or the same year.
    /// </summary>
    public static bool IsPossibleDuplicate(PersonCandidate newChild, PersonCandidate existing)
    {
        if (newChild.NhsNumber is { } nhs && nhs == existing.NhsNumber) return true;
        if (newChild.Upn is { } upn && upn == existing.Upn) return true;
        if (!NamesAlike(newChild.GivenName, existing.GivenName) || !NamesAlike(newChild.FamilyName, existing.FamilyName)) return false;
        var a = newChild.DateOfBirth ?? newChild.ExpectedDateOfBirth;
        var b = existing.DateOfBirth ?? existing.ExpectedDateOfBirth;
        if (a is not { } x || b is not { } y) return true;
        return x == y || x.Year == y.Year || (x.Day == y.Month && x.Month == y.Day && x.Year == y.Year)
            || Math.Abs(x.DayNumber - y.DayNumber) <= 31;
    }

    /// <summary>Exact, starts with, sounds alike or within the typo allowance: see the class summary.</summary>
    public static NameMatch Compare(string word, string name)
    {
        var w = Normalise(word);
        var n = Normalise(name);
        if (w.Length == 0 || n.Length == 0) return NameMatch.None;
        if (w == n) return NameMatch.Exact;
        if (w.Length >= 2 && n.StartsWith(w, StringComparison.Ordinal)) return NameMatch.StartsWith;
        if (w.Length >= 3 && PhoneticKey(w) == PhoneticKey(n)) return NameMatch.SoundsAlike;
        var allowed = TyposAllowed(Math.Min(w.Length, n.Length));
        return allowed > 0 && Distance(w, n, allowed) <= allowed ? NameMatch.Typo : NameMatch.None;
    }

    /// <summary>Edits a name of this many letters may differ by and still match: none up to 3 letters, 1 up to 7, then 2.</summary>
    public static int TyposAllowed(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;

    /// <summary>
    /// Edit distance with adjacent swaps counting as one edit (optimal string alignment); stops early once it must
    /// exceed <paramref name="limit"/>, returning limit + 1.
    /// </summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The phonetic key stored with each name: American Soundex (letter + three digits; H and W do not separate
    /// letters of the same code) applied after English spelling is normalised, so that spellings common in the UK
    /// meet: PH→F, C→S before E/I/Y and K otherwise, Q→K, X→KS, silent initial K/G/P/W (KN, GN, PN, WR, PS) dropped.
    /// Unlike plain Soundex, Catherine and Kathryn get the same key (K365). Empty for a name without letters.
    /// Only the first part of a double-barrelled or multi-word name is keyed.
    /// </summary>
    public static string PhoneticKey(string name)
    {
        var s = Normalise(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault("").Replace("'", "", StringComparison.Ordinal).ToUpperInvariant();
        if (s.Length == 0) return "";
        foreach (var (silent, sound) in SilentStarts)
            if (s.StartsWith(silent, StringComparison.Ordinal)) { s = sound + s[silent.Length..]; break; }
        var spelt = new StringBuilder(s.Length + 2);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (c)
            {
                case 'P' when next == 'H': spelt.Append('F'); i++; break;
                case 'C' when next == 'K': spelt.Append('K'); i++; break;
                case 'C': spelt.Append(next is 'E' or 'I' or 'Y' ? 'S' : 'K'); break;
                case 'Q': spelt.Append('K'); break;
                case 'X': spelt.Append("KS"); break;
                default: spelt.Append(c); break;
            }
        }
        var key = new StringBuilder(4);
        key.Append(spelt[0]);
        var last = SoundexCode(spelt[0]);
        for (var i = 1; i < spelt.Length && key.Length < 4; i++)
        {
            var c = spelt[i];
            var code = SoundexCode(c);
            if (c is 'H' or 'W') continue;
            if (code == '0') { last = '0'; continue; }
            if (code != last) key.Append(code);
            last = code;
        }
        return key.ToString().PadRight(4, '0');
    }

    /// <summary>Lower case, accents removed, only letters, apostrophes and hyphens kept ("O'Neill", "Smith-Jones").</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetter(c)) kept.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' or '-' or ' ') kept.Append(c == '’' ? '\'' : c);
        }
        return kept.ToString().Trim('-', '\'', ' ');
    }

    /// <summary>The parts of a name a search word may match: "Mary-Jane" is Mary, Jane and Mary-Jane.</summary>
    public static IEnumerable<string> NameParts(string name)
    {
        var whole = Normalise(name);
        if (whole.Length == 0) yield break;
        yield return whole;
        var parts = whole.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
            foreach (var p in parts) yield return p;
    }

    private static bool NamesAlike(string a, string b) =>
        NameParts(a).Any(x => NameParts(b).Any(y => Compare(x, y) != NameMatch.None || Compare(y, x) != NameMatch.None));

    private static int Points(NameMatch match, string word, IReadOnlyList<string> parts) => match switch
    {
        NameMatch.Exact => 100,
        NameMatch.StartsWith => 80,
        NameMatch.SoundsAlike => 60,
        _ => 50 - 10 * parts.Where(p => Compare(word, p) == NameMatch.Typo).Select(p => Distance(word, p, 2)).DefaultIfEmpty(1).Min(),
    };

    private static readonly (string Silent, string Sound)[] SilentStarts = [("KN", "N"), ("GN", "N"), ("PN", "N"), ("WR", "R"), ("PS", "S")];

    private static char SoundexCode(char c) => c switch
    {
        'B' or 'F' or 'P' or 'V' => '1',
        'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
        'D' or 'T' => '3',
        'L' => '4',
        'M' or 'N' => '5',
        'R' => '6',
        _ => '0',
    };

    [GeneratedRegex(@"(?<![\dA-Za-z])\d[\d \-]{8,14}\d(?![\dA-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NhsLike();

    [GeneratedRegex(@"(?<!\d)(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<d>\d{1,2})(?:\s*[/.\-]\s*|\s+)(?<m>\d{1,2})(?:\s*[/.\-]\s*|\s+)(?<y>\d{4}))(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
