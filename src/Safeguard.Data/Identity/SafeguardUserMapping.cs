using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Core.Workforce;

namespace Safeguard.Data.Identity;

internal sealed class SafeguardUserMapping : IEntityTypeConfiguration<SafeguardUser>
{
    public void Configure(EntityTypeBuilder<SafeguardUser> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        // One sign-in per worker: an audit entry names the worker, so two accounts for one worker would blur who did what.
        b.HasIndex(x => x.WorkerId).IsUnique();
        b.HasOne<Worker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
