using System.Text;
using Safeguard.Core.Returns.Cin;
using static Safeguard.Core.Tests.Returns.Cin.CinTestData;

namespace Safeguard.Core.Tests.Returns.Cin;

public sealed class CinCensusReaderTests
{
    private const string Header = "<Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header>";

    private static string ChildXml(string id, string nfa = "0", string sex = "<Sex>F</Sex>") =>
        $"<Child><ChildIdentifiers><LAchildID>{id}</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate>{sex}</ChildIdentifiers>" +
        "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>" +
        $"<CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>{nfa}</ReferralNFA></CINdetails></Child>";

    private static MemoryStream Xml(string text) => new(Encoding.UTF8.GetBytes(text));

    private static CensusReadException ReadFails(string text, CinReaderOptions? options = null) =>
        Assert.Throws<CensusReadException>(() => CinCensusReader.Read(Xml(text), options));

    [Fact]
    public void WriteThenRead_RoundTripsEveryField()
    {
        var census = ValidCensus(3) with
        {
            Children = [.. ValidCensus(3).Children, ValidChild(4).WithIds(i => i with { FormerUpn = Upn(40), UpnUnknown = "UN2", PersonDeathDate = D(2026, 1, 2) })
                .WithEpisode(e => (e with { CinClosureDate = D(2026, 1, 2), ReasonForClosure = "RC2", DateOfInitialCpc = D(2025, 5, 19) })
                    .WithAssessment(a => a with { InternalReviewDate = D(2025, 5, 10) })
                    .WithCpp(c => c with { EndDate = D(2026, 1, 2), ReviewDates = [D(2025, 8, 18), D(2025, 11, 18)] }))],
        };
        using var first = ToXml(census);
        var read = CinCensusReader.Read(first);
        using var second = ToXml(read);
        Assert.Equal(Encoding.UTF8.GetString(first.ToArray()), Encoding.UTF8.GetString(second.ToArray()));
        Assert.Equal(D(2025, 11, 18), read.Children[3].CinDetails[0].ChildProtectionPlans[0].ReviewDates[1]);
        Assert.Equal(new DateOnly(2026, 3, 31), read.Header.ReferenceDate);
        Assert.Equal("201", read.Header.LaCode);
    }

    [Fact]
    public void Writer_UsesXsdOrderAndZeroOne()
    {
        using var xml = ToXml(ValidCensus(1) with { Children = [ValidChild(1).WithEpisode(e => e with { ReferralNfaText = "false" })] });
        var text = Encoding.UTF8.GetString(xml.ToArray());
        Assert.Contains("<ReferralNFA>0</ReferralNFA>", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("<CINPlanDates>", StringComparison.Ordinal) < text.IndexOf("<Section47>", StringComparison.Ordinal));
        Assert.True(text.IndexOf("<Section47>", StringComparison.Ordinal) < text.IndexOf("<ReferralNFA>", StringComparison.Ordinal));
        Assert.True(text.IndexOf("<ReferralNFA>", StringComparison.Ordinal) < text.IndexOf("<ChildProtectionPlans>", StringComparison.Ordinal));
        Assert.False(text.StartsWith('\uFEFF'));
    }

    [Fact]
    public void Read_OlderSystemBooleansAndGenderCurrent_Accepted()
    {
        var census = CinCensusReader.Read(Xml($"<Message>{Header}<Children>{ChildXml("A1", "true", "<GenderCurrent>2</GenderCurrent>")}{ChildXml("A2", "false", "<GenderCurrent>9</GenderCurrent>")}</Children></Message>"));
        Assert.Equal([true, false], census.Children.Select(c => c.CinDetails[0].ReferralNfa));
        Assert.Equal(["F", "U"], census.Children.Select(c => c.Identifiers.Sex));
    }

    [Fact]
    public void Read_ReportsProgress()
    {
        var seen = new List<CinReadProgress>();
        var children = string.Concat(Enumerable.Range(1, 5).Select(i => ChildXml($"C{i}")));
        CinCensusReader.Read(Xml($"<Message>{Header}<Children>{children}</Children></Message>"), new CinReaderOptions { Progress = seen.Add, ProgressEvery = 2 });
        Assert.Equal([2, 4, 5], seen.Select(p => p.ChildrenRead));
        Assert.True(seen[^1].BytesRead > 0);
    }

    [Fact]
    public void Read_Xxe_RefusedWithoutResolvingTheEntity()
    {
        var ex = ReadFails($"<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Message>{Header}<Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>");
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BillionLaughs_Refused()
    {
        var ex = ReadFails("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><Message>&lol3;</Message>");
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFile_ClearErrorAndNoHalfChild()
    {
        var yielded = new List<string>();
        var text = $"<Message>{Header}<Children>{ChildXml("FIRST")}{ChildXml("SECOND")}";
        text = text[..(text.Length - 40)];
        var ex = Assert.Throws<CensusReadException>(() => CinCensusReader.ReadStreaming(Xml(text), null, null, c => yielded.Add(c.LaChildId)));
        Assert.Equal(["FIRST"], yielded);
        Assert.Contains("ends too early", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line >= 1);
    }

    [Fact]
    public void Read_WrongRoot_SaysWhatItFound()
    {
        var ex = ReadFails("<EXPSSDA903><CHILD/></EXPSSDA903>");
        Assert.Contains("root element is <EXPSSDA903>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotXml_ClearError()
    {
        var ex = ReadFails("CHILD,SEX,DOB\n1,M,01/01/2015");
        Assert.Contains("not well-formed XML", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Read_DuplicateLaChildId_StrictRefusesWithLine()
    {
        var ex = ReadFails($"<Message>{Header}<Children>{ChildXml("SAME")}\n{ChildXml("SAME")}</Children></Message>");
        Assert.Contains("'SAME' appears on more than one child", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Read_DuplicateLaChildId_LenientKeepsBothForRule8510()
    {
        var census = CinCensusReader.Read(Xml($"<Message>{Header}<Children>{ChildXml("SAME")}{ChildXml("SAME")}</Children></Message>"), CinReaderOptions.Lenient);
        Assert.Equal(2, census.Children.Count);
    }

    [Fact]
    public void Read_UnknownElement_StrictRefusesLenientSkips()
    {
        var text = $"<Message>{Header}<Children><Child><ChildIdentifiers><LAchildID>A</LAchildID><Shoe>9</Shoe><Sex>M</Sex></ChildIdentifiers></Child></Children></Message>";
        Assert.Contains("Unexpected element <Shoe> inside <ChildIdentifiers>", ReadFails(text).Message, StringComparison.Ordinal);
        Assert.Equal("M", CinCensusReader.Read(Xml(text), CinReaderOptions.Lenient).Children[0].Identifiers.Sex);
    }

    [Fact]
    public void Read_BadDate_StrictNamesTheField()
    {
        var ex = ReadFails($"<Message>{Header}<Children><Child><ChildIdentifiers><LAchildID>A</LAchildID><PersonBirthDate>31/02/2015</PersonBirthDate></ChildIdentifiers></Child></Children></Message>");
        Assert.Contains("<PersonBirthDate> '31/02/2015' is not a date", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2025-05-01T09:30:00", "2025-05-01")]
    [InlineData("2025-02-29", null)]
    [InlineData("2025-13-01", null)]
    [InlineData("2025-5-01", null)]
    [InlineData("0000-01-01", null)]
    public void Read_Dates_RealDatesOnly(string written, string? read)
    {
        var text = $"<Message>{Header}<Children><Child><ChildIdentifiers><LAchildID>A</LAchildID><PersonBirthDate>{written}</PersonBirthDate></ChildIdentifiers></Child></Children></Message>";
        var census = CinCensusReader.Read(Xml(text), CinReaderOptions.Lenient);
        Assert.Equal(read is null ? null : DateOnly.Parse(read, System.Globalization.CultureInfo.InvariantCulture), census.Children[0].Identifiers.PersonBirthDate);
        if (read is null) Assert.Contains("is not a date", ReadFails(text).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverSizeLimit_Refused()
    {
        var children = string.Concat(Enumerable.Range(1, 50).Select(i => ChildXml($"C{i}")));
        var ex = ReadFails($"<Message>{Header}<Children>{children}</Children></Message>", new CinReaderOptions { MaxCharacters = 2_000 });
        Assert.Contains("larger than the limit of 2,000 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooDeep_Refused()
    {
        var deep = string.Concat(Enumerable.Repeat("<Shoe>", 30)) + string.Concat(Enumerable.Repeat("</Shoe>", 30));
        var ex = ReadFails($"<Message>{Header}<Children><Child><ChildIdentifiers>{deep}</ChildIdentifiers></Child></Children></Message>",
            new CinReaderOptions { Strict = false, MaxDepth = 8 });
        Assert.Contains("nested deeper than 8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoChildrenElement_Refused() =>
        Assert.Contains("no <Children>", ReadFails($"<Message>{Header}</Message>").Message, StringComparison.Ordinal);

    [Fact]
    public void SchemaValidator_BillionLaughs_RefusedToo() =>
        Assert.Throws<CensusReadException>(() => CinSchemaValidator.Validate(Xml("<!DOCTYPE a [<!ENTITY b \"c\">]><Message>&b;</Message>")));

    [Fact]
    public void SchemaValidator_OutOfOrderElement_GivesLineAndPosition()
    {
        var text = $"<Message>{Header}<Children>\n<Child><ChildIdentifiers><Sex>F</Sex><LAchildID>A</LAchildID></ChildIdentifiers>" +
                   "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>";
        var check = CinSchemaValidator.Validate(Xml(text));
        Assert.False(check.IsValid);
        Assert.Equal(2, check.Errors[0].Line);
        Assert.True(check.Errors[0].Position > 1);
    }

    [Fact]
    public void SchemaValidator_TrueFalse_RejectedByTheCurrentSchema()
    {
        var check = CinSchemaValidator.Validate(Xml($"<Message>{Header}<Children>{ChildXml("A", "false")}</Children></Message>"));
        Assert.Contains(check.Errors, e => e.Message.Contains("ReferralNFA", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SexThenGenderCurrent_KeepsSexAndFinishes()
    {
        // GenderCurrent after Sex used to be left unread and visited again forever.
        var census = CinCensusReader.Read(Xml($"<Message>{Header}<Children>{ChildXml("A", sex: "<Sex>F</Sex><GenderCurrent>1</GenderCurrent>")}</Children></Message>"), CinReaderOptions.Lenient);
        Assert.Equal("F", census.Children[0].Identifiers.Sex);
    }

    [Fact]
    public void Read_TextThenElementInsideAValue_RefusedAsNotWellFormed()
    {
        var ex = ReadFails($"<Message>{Header}<Children>{ChildXml("A<b/>C")}</Children></Message>");
        Assert.Contains("'Element' is an invalid XmlNodeType", ex.Message, StringComparison.Ordinal);
        Assert.Contains("<LAchildID> should hold a value", ReadFails($"<Message>{Header}<Children>{ChildXml("<b/>A")}</Children></Message>").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OnePass_AcceptsAStreamThatCannotSeek()
    {
        using var xml = ToXml(ValidCensus(5));
        var result = CensusValidator.Validate(new ForwardOnly(xml));
        Assert.True(result.IsClean);
        Assert.Equal(5, result.ChildrenChecked);
    }

    [Fact]
    public void Validate_NotWellFormedFurtherOn_WinsOverAnEarlierRefusal()
    {
        // Two <Children> are refused as soon as the second starts, but the file breaks later: as when the schema
        // gate read the whole file first, the broken XML is what is reported.
        var text = $"<Message>{Header}<Children>{ChildXml("A")}</Children><Children>{ChildXml("B")}</Children>\n<x></y></Message>";
        var ex = Assert.Throws<CensusReadException>(() => CensusValidator.Validate(Xml(text)));
        Assert.Contains("not well-formed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
        var wellFormed = text.Replace("\n<x></y>", "", StringComparison.Ordinal);
        Assert.Contains("more than one <Children>", Assert.Throws<CensusReadException>(() => CensusValidator.Validate(Xml(wellFormed))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SecondRootAfterTheCensus_NotWellFormed()
    {
        var ex = Assert.Throws<CensusReadException>(() => CensusValidator.Validate(Xml($"<Message>{Header}<Children>{ChildXml("A")}</Children></Message><Message/>")));
        Assert.Contains("multiple root elements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SchemaBreachInsideASecondSource_StillReported()
    {
        // The reader passes over a second <Source>; the schema is still checked inside it.
        var header = Header.Replace("</Source></Header>", "</Source><Source><SourceLevel>L</SourceLevel><Bogus>1</Bogus></Source></Header>", StringComparison.Ordinal);
        var result = CensusValidator.Validate(Xml($"<Message>{header}<Children>{ChildXml("A")}</Children></Message>"));
        Assert.Contains(result.Schema.Errors, e => e.Message.Contains("Bogus", StringComparison.Ordinal));
    }

    /// <summary>A stream that can only be read forwards, like a request body.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
