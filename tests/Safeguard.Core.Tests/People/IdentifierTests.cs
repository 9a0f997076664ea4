using Safeguard.Core.People;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.People;

/// <summary>Made-up identifiers in the real formats, their check characters worked by hand in the comments.</summary>
public sealed class IdentifierTests
{
    // 4 0 1 0 2 3 2 1 3 weighted 10..2: 40+0+8+0+12+15+8+3+6 = 92; 92 mod 11 = 4; 11 - 4 = 7.
    [Theory]
    [InlineData("4010232137")]
    [InlineData("401 023 2137")]
    [InlineData(" 401-023-2137 ")]
    public void NhsNumber_WithRightCheckDigit_Accepted(string text)
    {
        Assert.True(NhsNumber.TryParse(text, out var number));
        Assert.Equal("4010232137", number.Value);
        Assert.Equal("401 023 2137", number.ToString());
    }

    // 1 0 0 0 0 0 0 0 6: 10 + 12 = 22; 22 mod 11 = 0; 11 - 0 = 11, which is written 0.
    [Fact]
    public void NhsNumber_WhoseRemainderIsZero_HasCheckDigitZero() => Assert.True(NhsNumber.TryParse("1000000060", out _));

    [Theory]
    [InlineData("4010232138")] // check digit should be 7
    [InlineData("401023213")] // nine digits
    [InlineData("40102321377")] // eleven digits
    [InlineData("40102321A7")]
    [InlineData("")]
    [InlineData(null)]
    public void NhsNumber_Malformed_Refused(string? text) => Assert.False(NhsNumber.TryParse(text, out _));

    // 1 0 0 0 0 0 0 0 1: 10 + 2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no such number can be issued.
    [Theory]
    [InlineData("1000000010")]
    [InlineData("1000000011")]
    public void NhsNumber_WhoseCheckDigitWouldBeTen_Refused(string text) => Assert.False(NhsNumber.TryParse(text, out _));

    [Fact]
    public void NhsNumber_FromFirstNineDigits_AppendsCheckDigitOrNoneWhenTen()
    {
        Assert.Equal("4010232137", NhsNumber.FromFirstNineDigits(401023213)!.Value.Value);
        Assert.Null(NhsNumber.FromFirstNineDigits(100000001));
    }

    [Fact]
    public void NhsNumber_Parse_RefusesWithMessage()
    {
        var refusal = Refused(() => NhsNumber.Parse("4010232138"));
        Assert.Equal("Enter a valid NHS number: 10 digits, the last a check digit, like 485 777 3456", refusal.Message);
        Assert.Equal("NhsNumber", refusal.Field);
    }

    // Body 801 2000 26 001 weighted 2..13: 16+0+4+10+0+0+0+18+60+0+0+13 = 121; 121 mod 23 = 6 → G (A0 B1 C2 D3 E4 F5 G6).
    [Theory]
    [InlineData("G801200026001")]
    [InlineData("g801200026001")]
    public void Upn_Permanent_WithRightCheckLetter_Accepted(string text)
    {
        Assert.True(UniquePupilNumber.TryParse(text, out var upn));
        Assert.Equal("G801200026001", upn.Value);
        Assert.Equal("801", upn.LaCode);
    }

    // Temporary: the last character A counts 0, so 121 - 13 = 108; 108 mod 23 = 16 → T (…N12 P13 Q14 R15 T16).
    [Fact]
    public void Upn_Temporary_WithFinalLetter_Accepted() => Assert.True(UniquePupilNumber.TryParse("T80120002600A", out _));

    [Theory]
    [InlineData("H801200026001")] // check letter should be G
    [InlineData("G80120002600A")] // temporary body needs T
    [InlineData("G80120002600")] // 12 characters
    [InlineData("G8012000260011")] // 14 characters
    [InlineData("I801200026001")] // I is never a check letter
    [InlineData("G8012000A6001")] // letter inside the digits
    public void Upn_Malformed_Refused(string text) => Assert.False(UniquePupilNumber.TryParse(text, out _));

    [Fact]
    public void Upn_FromBody_PutsCheckLetterInFront() => Assert.Equal("G801200026001", UniquePupilNumber.FromBody("801200026001").Value);

    [Fact]
    public void RecordIdentifiers_WithBadNhsNumber_RefusedOnItsField()
    {
        var refusal = Refused(() => NewChild().RecordIdentifiers("4010232138", null));
        Assert.Equal("NhsNumber", refusal.Field);
        var upnRefusal = Refused(() => NewChild().RecordIdentifiers(null, "H801200026001"));
        Assert.Equal("Upn", upnRefusal.Field);
    }

    [Fact]
    public void RecordIdentifiers_Valid_Stored()
    {
        var child = NewChild();
        child.RecordIdentifiers("401 023 2137", "G801200026001");
        Assert.Equal("4010232137", child.NhsNumber!.Value.Value);
        Assert.Equal("G801200026001", child.Upn!.Value.Value);
    }
}
