namespace Safeguard.Core.Published;

/// <summary>Every published figure for one measure and year, split by geography.</summary>
public sealed record MeasureYear(
    PublishedMeasure Measure,
    int Year,
    PublishedFigure? England,
    IReadOnlyList<PublishedFigure> Regions,
    IReadOnlyDictionary<string, PublishedFigure> Authorities);

/// <summary>
/// In-memory store of the published statistics, indexed by measure and year. Immutable after load;
/// safe to share as a singleton behind a web page.
/// </summary>
public sealed class PublishedStatistics
{
    private readonly Dictionary<(string Measure, int Year), MeasureYear> _slices = [];
    private readonly Dictionary<string, IReadOnlyList<int>> _years = new(StringComparer.OrdinalIgnoreCase);

    public PublishedStatistics(AuthorityDirectory authorities, IEnumerable<PublishedFigure> figures, StatisticalNeighbours neighbours)
    {
        Authorities = authorities;
        Neighbours = neighbours;
        foreach (var g in figures.GroupBy(f => (f.MeasureId, f.Year)))
        {
            var measure = PublishedMeasures.Get(g.Key.MeasureId);
            var england = g.FirstOrDefault(f => f.Area.Level == GeographyLevel.England);
            var regions = g.Where(f => f.Area.Level == GeographyLevel.Region).OrderBy(f => f.Area.Code, StringComparer.Ordinal).ToList();
            var las = g.Where(f => f.Area.Level == GeographyLevel.LocalAuthority).ToDictionary(f => f.Area.Code);
            if (england?.Value is null && regions.All(r => r.Value is null) && las.Values.All(f => f.Value is null))
            {
                continue; // a year with nothing published for this measure
            }

            _slices[(measure.Id, g.Key.Year)] = new MeasureYear(measure, g.Key.Year, england, regions, las);
        }

        foreach (var m in _slices.Keys.GroupBy(k => k.Measure))
        {
            _years[m.Key] = m.Select(k => k.Year).Order().ToList();
        }
    }

    public AuthorityDirectory Authorities { get; }

    public StatisticalNeighbours Neighbours { get; }

    public IReadOnlyList<PublishedMeasure> Measures => PublishedMeasures.All;

    /// <summary>Years with any published value for the measure, ascending.</summary>
    public IReadOnlyList<int> Years(string measureId) => _years.GetValueOrDefault(measureId) ?? [];

    public int? LatestYear(string measureId) => Years(measureId) is { Count: > 0 } y ? y[^1] : null;

    public MeasureYear? Slice(string measureId, int year) => _slices.GetValueOrDefault((PublishedMeasures.Get(measureId).Id, year));

    /// <summary>A figure by area code: an authority's LA number or ONS code, a region code, or England's E92000001.</summary>
    public PublishedFigure? Figure(string measureId, int year, string areaCode)
    {
        var slice = Slice(measureId, year);
        if (slice is null)
        {
            return null;
        }

        if (areaCode == AreaRef.EnglandCode)
        {
            return slice.England;
        }

        var la = Authorities.ByCode(areaCode);
        if (la is not null)
        {
            return slice.Authorities.GetValueOrDefault(la.LaCode);
        }

        return slice.Regions.FirstOrDefault(r => r.Area.Code == areaCode);
    }

    public double? Value(string measureId, int year, string areaCode) => Figure(measureId, year, areaCode)?.Value;

    /// <summary>The measure's figures for one area across all years, ascending.</summary>
    public IReadOnlyList<PublishedFigure> Series(string measureId, string areaCode) =>
        Years(measureId).Select(y => Figure(measureId, y, areaCode)).OfType<PublishedFigure>().ToList();

    /// <summary>
    /// The headline volumes of one authority (or England when authority is null) for the synthetic
    /// generator's calibration. Population is the ONS 0–17 estimate DfE uses for the year's rates
    /// (previous mid-year); workforce is at 30 September of the year before the 31 March year end
    /// (falls back to the same year's snapshot if that is missing).
    /// </summary>
    public CalibrationProfile? Calibration(LocalAuthority? authority, int year)
    {
        var code = authority?.LaCode ?? AreaRef.EnglandCode;
        double? V(string m, int y) => Value(m, y, code);
        var referrals = V(PublishedMeasures.Referrals, year);
        if (referrals is null && V(PublishedMeasures.CinAt31March, year) is null)
        {
            return null;
        }

        return new CalibrationProfile(
            authority,
            year,
            referrals,
            V(PublishedMeasures.ReReferralPercent, year),
            V(PublishedMeasures.Section47, year),
            V(PublishedMeasures.Icpc, year),
            V(PublishedMeasures.CppStarts, year),
            V(PublishedMeasures.CppAt31March, year),
            V(PublishedMeasures.CinAt31March, year),
            V(PublishedMeasures.ClaAt31March, year),
            V(PublishedMeasures.ClaStarts, year),
            V(PublishedMeasures.Population0To17, year - 1) ?? V(PublishedMeasures.Population0To17, year),
            V(PublishedMeasures.SocialWorkerFte, year - 1) ?? V(PublishedMeasures.SocialWorkerFte, year),
            V(PublishedMeasures.IcpcWithin15WorkingDaysPercent, year),
            V(PublishedMeasures.CppSubsequentPercent, year),
            V(PublishedMeasures.CppReviewsOnTimePercent, year),
            V(PublishedMeasures.Cla3PlusPlacementsPercent, year),
            V(PublishedMeasures.ClaLongTermStabilityPercent, year),
            V(PublishedMeasures.CppEnding2YearsPercent, year));
    }
}

/// <summary>Published volumes for one authority (Authority null = England) and year ending 31 March.</summary>
public sealed record CalibrationProfile(
    LocalAuthority? Authority,
    int Year,
    double? Referrals,
    double? ReReferralPercent,
    double? Section47Enquiries,
    double? InitialChildProtectionConferences,
    double? CppStarts,
    double? CppAt31March,
    double? CinAt31March,
    double? ClaAt31March,
    double? ClaStarts,
    double? Population0To17,
    double? SocialWorkerFte,
    double? IcpcWithin15WorkingDaysPercent = null,
    double? CppSubsequentPercent = null,
    double? CppReviewsOnTimePercent = null,
    double? Cla3PlusPlacementsPercent = null,
    double? ClaLongTermStabilityPercent = null,
    double? CppEnding2YearsPercent = null);
