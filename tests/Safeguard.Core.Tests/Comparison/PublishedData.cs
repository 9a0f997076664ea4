using Safeguard.Core.Published;

namespace Safeguard.Core.Tests.Comparison;

/// <summary>The shipped data/published files, loaded once for all tests (found by walking up to the repo root).</summary>
internal static class PublishedData
{
    private static readonly Lazy<PublishedStatistics> Lazy = new(() => PublishedStatisticsLoader.LoadFromDirectory(Directory));

    public static PublishedStatistics Statistics => Lazy.Value;

    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "published");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("data/published not found above the test output directory.");
        }
    }

    public static LocalAuthority La(string name) =>
        Statistics.Authorities.ByName(name) ?? throw new InvalidOperationException($"No authority {name}.");
}
