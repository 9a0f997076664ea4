using Safeguard.Core.Published;

namespace Safeguard.Cli.Seeding;

/// <summary>The published DfE and Ofsted statistics shipped in data/published, loaded once.</summary>
public static class PublishedData
{
    private static readonly Lazy<PublishedStatistics> Loaded = new(() => PublishedStatisticsLoader.LoadFromDirectory(Locate()));

    public static PublishedStatistics Statistics => Loaded.Value;

    /// <summary>Beside the program (copied at build), or SAFEGUARD_PUBLISHED_DATA.</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable("SAFEGUARD_PUBLISHED_DATA") is { Length: > 0 } configured) return configured;
        var beside = Path.Combine(AppContext.BaseDirectory, "data", "published");
        if (Directory.Exists(beside)) return beside;
        throw new DirectoryNotFoundException($"The published statistics are missing from {beside}: rebuild the tool.");
    }

    public static LocalAuthority FindAuthority(string nameOrCode) =>
        Statistics.Authorities.Find(nameOrCode)
        ?? throw new CommandLineException($"No English local authority called '{nameOrCode}'. Use a name like 'Kent' or a code like 886.");
}
