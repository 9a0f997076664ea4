using System.Globalization;
using M = Safeguard.Core.Published.PublishedMeasures;

namespace Safeguard.Core.Published;

/// <summary>
/// Loads the shipped DfE/LAIT/ONS files (data/published/) into a <see cref="PublishedStatistics"/>.
/// LA values come from the file each measure names; England and regional values come from the
/// published EES rows. Where only LAIT publishes a rate (LAIT has no England rows), England and
/// regions are derived from EES counts and the ONS population and flagged IsDerived.
/// </summary>
public static class PublishedStatisticsLoader
{
    public const string C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    public const string B1 = "b1_children_in_need_2013_to_2025.csv";
    public const string C4 = "c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv";
    public const string D3 = "d3_cpps_subsequent_plan_2013_to_2025.csv";
    public const string D5 = "d5_cpps_at31march_by_duration_2013_to_2025.csv";
    public const string Cla = "cla_number_and_rate_per_10k_children.csv";
    public const string Stability = "la_cla_placement_stability.csv";
    public const string SocialWorkers = "la_cla_swcount.csv";
    public const string Workforce = "csww_indicators_2017_to_2025.csv";
    public const string Population = "ons_mid-year_population_estimates_2012_to_2024.csv";
    public const string LaitWide = "lait_csc_measures_wide.csv";
    public const string Neighbours2025 = "sn_model_2025_wide.csv";
    public const string Neighbours2021 = "New_Statistical_Neighbour_Groupings_April_2021.csv";

    public static readonly IReadOnlyList<string> Files =
        [C1, B1, C4, D3, D5, Cla, Stability, SocialWorkers, Workforce, Population, LaitWide, Neighbours2025, Neighbours2021];

    public static PublishedStatistics LoadFromDirectory(string directory) =>
        Load(name => File.OpenRead(Path.Combine(directory, name)));

    /// <summary>Loads from any source of the named files (e.g. embedded resources or a zip).</summary>
    public static PublishedStatistics Load(Func<string, Stream> openFile)
    {
        CsvTable Read(string name)
        {
            using var s = openFile(name);
            return CsvTable.Parse(s);
        }

        var b1 = Read(B1);
        var authorities = BuildAuthorities(b1);
        var builder = new Builder(authorities);

        builder.Ees(b1, r => true, (M.CinAt31March, "At31_episodes", null, null));
        builder.Ees(Read(C1), r => true,
            (M.Referrals, "referral_count", null, null),
            (M.ReReferralPercent, "rereferral_percent", "rereferral_count", "referral_count"));
        var c4 = Read(C4);
        builder.Ees(c4, r => true, (M.Section47, "Section47", null, null), (M.Icpc, "ICPC", null, null));
        builder.IcpcTimeliness(c4);
        builder.Ees(Read(D3), r => true,
            (M.CppStarts, "CPP_start", null, null),
            (M.CppSubsequentPercent, "CPP_subsequent_percent", "CPP_subsequent", "CPP_start"));
        builder.Ees(Read(D5), r => true,
            (M.CppAt31March, "CPP_At31", null, null),
            (M.Cpp2YearsAt31MarchPercent, "2_years_or_more_percent", "2_years_or_more", "CPP_At31"));

        var cla = Read(Cla);
        var type = cla.Column("population_type");
        builder.Ees(cla, r => r[type] == "Children looked after on 31 March each year",
            (M.ClaAt31March, "children_count", null, null),
            (M.ClaRate, "rate_per_10000", "children_count", "population_estimate"));
        builder.Ees(cla, r => r[type] == "Children starting to be looked after each year", (M.ClaStarts, "children_count", null, null));

        builder.PairedPercent(Read(Stability), "cla_group", "placement_stability",
            (M.Cla3PlusPlacementsPercent, "CLA on 31 March", "With 3 or more placements during the year"),
            (M.ClaLongTermStabilityPercent, "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years", "Living with the same carer for at least 2 years"));
        builder.PairedPercent(Read(SocialWorkers), "cla_group", "sw_stability",
            (M.Cla3PlusSocialWorkersPercent, "CLA on 31 March", "3 or more social workers during the year"));

        builder.Workforce(Read(Workforce));
        builder.Ees(Read(Population), r => true, (M.Population0To17, "population_estimate", null, null));

        builder.Lait(Read(LaitWide));
        builder.DeriveRates();

        var neighbours = StatisticalNeighbours.Load(Read(Neighbours2025), Read(Neighbours2021), authorities);
        return new PublishedStatistics(authorities, builder.Figures(), neighbours);
    }

    private static AuthorityDirectory BuildAuthorities(CsvTable b1)
    {
        int year = b1.Column("time_period"), level = b1.Column("geographic_level"), old = b1.Column("old_la_code"),
            code = b1.Column("new_la_code"), name = b1.Column("la_name"), region = b1.Column("region_code"),
            regionName = b1.Column("region_name");
        var rows = b1.Rows.Where(r => r[level] == "Local authority")
            .Select(r => (Year: int.Parse(r[year], CultureInfo.InvariantCulture), Old: r[old], Code: r[code], Name: r[name],
                Region: r[region], RegionName: r[regionName]))
            .ToList();
        var latestYear = rows.Max(r => r.Year);
        return new AuthorityDirectory(rows.GroupBy(r => r.Old).Select(g =>
        {
            var latest = g.OrderByDescending(r => r.Year).First();
            var (regionCode, regionLabel) = ToRegion(latest.Region, latest.RegionName);
            return new LocalAuthority(g.Key, latest.Code, g.Select(r => r.Code).Distinct().Where(c => c != latest.Code).ToList(),
                latest.Name, regionCode, regionLabel, g.Min(r => r.Year), g.Max(r => r.Year))
            {
                IsCurrent = latest.Year == latestYear,
            };
        }));
    }

    /// <summary>Inner/Outer London LAs belong to the London region (E12000007) for comparison.</summary>
    internal static (string Code, string Name) ToRegion(string code, string name) =>
        code.StartsWith("E13", StringComparison.Ordinal) ? ("E12000007", "London") : (code, name);

    private sealed class Entry
    {
        public required AreaRef Area { get; init; }
        public double? Value { get; set; }
        public double? Numerator { get; set; }
        public double? Denominator { get; set; }
        public string? Marker { get; set; }
        public bool Derived { get; set; }
        public bool Joint { get; set; }
    }

    private sealed class Builder(AuthorityDirectory authorities)
    {
        private readonly Dictionary<(string Measure, int Year, string Area), Entry> _entries = [];

        private Entry At(string measure, int year, AreaRef area)
        {
            if (!_entries.TryGetValue((measure, year, area.Code), out var e))
            {
                _entries[(measure, year, area.Code)] = e = new Entry { Area = area };
            }

            return e;
        }

        private Entry? Existing(string measure, int year, string area) => _entries.GetValueOrDefault((measure, year, area));

        /// <summary>Each EES row's area; joint workforce returns ("940 / 941") give one area per authority.</summary>
        private IEnumerable<AreaRef> Areas(CsvTable t, string[] r)
        {
            var level = r[t.Column("geographic_level")];
            switch (level)
            {
                case "National":
                    yield return AreaRef.England;
                    break;
                case "Regional":
                    yield return AreaRef.Region(r[t.Column("region_code")], r[t.Column("region_name")]);
                    break;
                case "Local authority":
                    foreach (var code in r[t.Column("old_la_code")].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var la = authorities.ByCode(code);
                        if (la is not null)
                        {
                            yield return AreaRef.Authority(la);
                        }
                    }

                    break;
            }
        }

        public void Ees(CsvTable t, Func<string[], bool> filter, params (string Measure, string Value, string? Num, string? Den)[] specs)
        {
            var year = t.Column("time_period");
            var cols = specs.Select(s => (s.Measure, Value: t.Column(s.Value), Num: s.Num is null ? (int?)null : t.Column(s.Num),
                Den: s.Den is null ? (int?)null : t.Column(s.Den))).ToList();
            foreach (var r in t.Rows.Where(filter))
            {
                var y = int.Parse(r[year], CultureInfo.InvariantCulture);
                var areas = Areas(t, r).ToList();
                foreach (var area in areas)
                {
                    foreach (var c in cols)
                    {
                        var e = At(c.Measure, y, area);
                        Set(e, r[c.Value]);
                        if (c.Num is { } n)
                        {
                            e.Numerator = PublishedValue.Parse(r[n]);
                        }

                        if (c.Den is { } d)
                        {
                            e.Denominator = PublishedValue.Parse(r[d]);
                        }

                        e.Joint = areas.Count > 1;
                    }
                }
            }
        }

        private static void Set(Entry e, string cell)
        {
            e.Value = PublishedValue.Parse(cell);
            e.Marker = e.Value is null ? cell.Trim() : null;
        }

        /// <summary>ICPC within 15 WD: numerator = 0–10 + 11–15 WD bands; denominator = all four bands.</summary>
        public void IcpcTimeliness(CsvTable t)
        {
            var year = t.Column("time_period");
            var bands = new[] { "Duration_0-10_days", "Duration_11-15_days", "Duration_16-20_days", "Duration_21+_days" }.Select(t.Column).ToArray();
            foreach (var r in t.Rows)
            {
                var values = bands.Select(b => PublishedValue.Parse(r[b])).ToArray();
                if (values.Any(v => v is null))
                {
                    continue;
                }

                foreach (var area in Areas(t, r))
                {
                    var e = At(M.IcpcWithin15WorkingDaysPercent, int.Parse(r[year], CultureInfo.InvariantCulture), area);
                    e.Numerator = values[0] + values[1];
                    e.Denominator = values.Sum();
                }
            }
        }

        /// <summary>Files with a "Total children" row and a subgroup row per group (placement stability, SW count).</summary>
        public void PairedPercent(CsvTable t, string groupColumn, string subgroupColumn, params (string Measure, string Group, string Subgroup)[] specs)
        {
            int year = t.Column("time_period"), group = t.Column(groupColumn), sub = t.Column(subgroupColumn);
            int count = t.TryColumn("children_count") ?? t.Column("number"), pct = t.TryColumn("children_percent") ?? t.Column("percentage");
            foreach (var r in t.Rows)
            {
                foreach (var spec in specs.Where(s => s.Group == r[group]))
                {
                    foreach (var area in Areas(t, r))
                    {
                        var e = At(spec.Measure, int.Parse(r[year], CultureInfo.InvariantCulture), area);
                        if (r[sub] == spec.Subgroup)
                        {
                            Set(e, r[pct]);
                            e.Numerator = PublishedValue.Parse(r[count]);
                        }
                        else if (r[sub] == "Total children")
                        {
                            e.Denominator = PublishedValue.Parse(r[count]);
                        }
                    }
                }
            }
        }

        public void Workforce(CsvTable t)
        {
            Ees(t, r => true,
                (M.SocialWorkerFte, "inpost_fte", null, null),
                (M.Caseload, "caseload_fte", "cases", "case_holders_fte"),
                (M.AgencyPercent, "agency_rate_fte", "agency_fte", null),
                (M.VacancyPercent, "vacancy_rate_fte", "vacancy_fte", null),
                (M.TurnoverPercent, "turnover_rate_fte", "leavers_fte", "inpost_fte"));

            // Agency and vacancy rates are out of (that FTE + social workers in post).
            foreach (var ((measure, year, area), e) in _entries.Where(x => x.Key.Measure is M.AgencyPercent or M.VacancyPercent))
            {
                var inPost = Existing(M.SocialWorkerFte, year, area)?.Value;
                e.Denominator = e.Numerator + inPost;
            }
        }

        /// <summary>LAIT values for the measures whose authority-level source is LAIT.</summary>
        public void Lait(CsvTable t)
        {
            int number = t.Column("la_number"), year = t.Column("year_label");
            var measures = M.All.Where(m => m.Source.StartsWith(LaitWide, StringComparison.Ordinal)
                    || m.Id == M.Cla3PlusSocialWorkersPercent)
                .Select(m => (m.Id, Column: t.Column(m.LaitCode!), FillOnly: m.Id == M.Cla3PlusSocialWorkersPercent))
                .ToList();
            foreach (var r in t.Rows)
            {
                // year_label "0" rows are LAIT placeholders; labels like "2023-24 (OT)" are other year types.
                if (!int.TryParse(r[year], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 2000)
                {
                    continue;
                }

                // LAIT carries blank rows for authorities in years they did not exist (Cumbria in 2025).
                var la = authorities.ByCode(r[number]);
                if (la is null || !la.ExistedIn(y))
                {
                    continue;
                }

                foreach (var m in measures)
                {
                    var existing = Existing(m.Id, y, la.LaCode);
                    if (m.FillOnly && existing?.Value is not null)
                    {
                        continue; // EES publishes this year; LAIT only fills the other years.
                    }

                    Set(At(m.Id, y, AreaRef.Authority(la)), r[m.Column]);
                }
            }
        }

        /// <summary>
        /// Rates per 10,000: numerator = the published count, denominator = ONS 0–17 population for
        /// the previous mid-year (as DfE does). England/region values are derived where LAIT is the source.
        /// </summary>
        public void DeriveRates()
        {
            var rates = new (string Rate, string Count)[]
            {
                (M.ReferralRate, M.Referrals), (M.CinRate, M.CinAt31March), (M.Section47Rate, M.Section47),
                (M.IcpcRate, M.Icpc), (M.CppRate, M.CppAt31March),
            };
            foreach (var (rate, count) in rates)
            {
                foreach (var ((_, year, area), c) in _entries.Where(x => x.Key.Measure == count).ToList())
                {
                    var pop = Existing(M.Population0To17, year - 1, area)?.Value;
                    var e = At(rate, year, c.Area);
                    e.Numerator = c.Value;
                    e.Denominator = pop;
                }
            }

            foreach (var ((measure, _, _), e) in _entries)
            {
                var m = M.Get(measure);
                if (e.Value is null && e.Marker is null && e.Area.Level != GeographyLevel.LocalAuthority
                    && e.Numerator is { } n && e.Denominator is { } d && d > 0)
                {
                    e.Value = Math.Round(n / d * m.Scale, 1);
                    e.Derived = true;
                }
            }
        }

        public IEnumerable<PublishedFigure> Figures() => _entries.Select(x =>
            new PublishedFigure(x.Key.Measure, x.Key.Year, x.Value.Area, x.Value.Value, x.Value.Numerator, x.Value.Denominator)
            {
                Marker = x.Value.Value is null ? x.Value.Marker ?? "" : null,
                IsDerived = x.Value.Derived,
                IsJointReturn = x.Value.Joint,
            });
    }
}
