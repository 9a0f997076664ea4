using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Data.NationalStore;

namespace Safeguard.Data.Mapping;

internal sealed class CensusSubmissionMapping : IEntityTypeConfiguration<CensusSubmission>
{
    public void Configure(EntityTypeBuilder<CensusSubmission> b)
    {
        b.ToTable("CensusSubmissions");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LaCode).HasMaxLength(3);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.Sha256).HasMaxLength(64);
        // One return per authority and year: an import replaces the earlier one.
        b.HasIndex(x => new { x.LaCode, x.CollectionYear }).IsUnique();
    }
}

internal sealed class NationalFigureMapping : IEntityTypeConfiguration<NationalFigure>
{
    public void Configure(EntityTypeBuilder<NationalFigure> b)
    {
        b.ToTable("NationalFigures");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LaCode).HasMaxLength(3);
        b.Property(x => x.MeasureId).HasMaxLength(40);
        b.Property(x => x.Value).HasPrecision(14, 4);
        b.HasIndex(x => new { x.LaCode, x.CollectionYear, x.MeasureId }).IsUnique();
        b.HasIndex(x => new { x.MeasureId, x.CollectionYear });
        b.HasOne<CensusSubmission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
