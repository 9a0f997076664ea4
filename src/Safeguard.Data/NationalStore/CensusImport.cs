using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Returns.Cin;

namespace Safeguard.Data.NationalStore;

/// <summary>What an import stored.</summary>
public sealed record CensusImportResult(CensusSubmission Submission, IReadOnlyList<NationalFigure> Figures, bool ReplacedEarlier);

/// <summary>
/// Imports a CIN census return into the national store, all or nothing: the file is read strictly (hardened reader,
/// streaming, figures tallied child by child so no child is kept), and only when all of it has been read and worked
/// out is one transaction run that replaces any earlier return for the same authority and year. A file that cannot
/// be read throws <see cref="CensusReadException"/> with line and position, and nothing is written.
/// </summary>
public static class CensusImport
{
    public static async Task<CensusImportResult> ImportFileAsync(string database, string path, TimeProvider clock, CinReaderOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var (header, figures) = Read(path, options);
        var submission = new CensusSubmission
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            LaCode = header.LaCode!,
            CollectionYear = header.Year!.Value,
            FileName = Path.GetFileName(path),
            Sha256 = Sha256(path),
            ImportedAt = clock.GetUtcNow(),
            Children = figures.Counts.Children,
            Referrals = figures.Counts.Referrals,
            Assessments = figures.Counts.Assessments,
            Section47s = figures.Counts.Section47s,
            Icpcs = figures.Counts.Icpcs,
            ChildProtectionPlans = figures.Counts.ChildProtectionPlans,
        };
        var rows = figures.Figures.Select(f => new NationalFigure
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            LaCode = submission.LaCode,
            CollectionYear = submission.CollectionYear,
            MeasureId = f.MeasureId,
            Value = f.Value,
            Numerator = f.Numerator,
            Denominator = f.Denominator,
            SubmissionId = submission.Id,
        }).ToList();

        await using var db = SafeguardDatabase.Open(database);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var earlier = db.Set<CensusSubmission>().Where(s => s.LaCode == submission.LaCode && s.CollectionYear == submission.CollectionYear);
        var replaced = await earlier.AnyAsync(cancellationToken);
        await db.Set<NationalFigure>().Where(f => f.LaCode == submission.LaCode && f.CollectionYear == submission.CollectionYear).ExecuteDeleteAsync(cancellationToken);
        await earlier.ExecuteDeleteAsync(cancellationToken);
        db.Add(submission);
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CensusImportResult(submission, rows, replaced);
    }

    /// <summary>Reads and works out a return without storing it; throws <see cref="CensusReadException"/> when it cannot be used.</summary>
    public static (CinHeader Header, CensusFigureSet Figures) Read(string path, CinReaderOptions? options = null)
    {
        var strict = (options ?? new CinReaderOptions()) with { Strict = true };
        using var file = Open(path);
        CensusTally? tally = null;
        var header = CinCensusReader.ReadStreaming(file, strict,
            h => tally = new CensusTally(CheckHeader(h)),
            child => tally!.Add(child));
        tally ??= new CensusTally(CheckHeader(header));
        return (header, tally.Result());
    }

    /// <summary>The header must say whose return it is and for which year before anything can be stored against it.</summary>
    private static CinHeader CheckHeader(CinHeader h)
    {
        if (h.LaCode is not { Length: 3 } la || !la.All(char.IsAsciiDigit))
            throw new CensusReadException($"The header's LEA must be a three-digit LA code, not '{h.LaCode}'.");
        if (h.Year is not { } year || year < 2000 || year > 2100)
            throw new CensusReadException("The header has no collection Year.");
        if (h.ReferenceDate is { } reference && reference != new DateOnly(year, 3, 31))
            throw new CensusReadException(string.Create(CultureInfo.InvariantCulture,
                $"The header's ReferenceDate {reference:yyyy-MM-dd} is not 31 March {year}."));
        return h;
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CensusReadException($"Cannot open '{path}': {ex.Message}", ex);
        }
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
