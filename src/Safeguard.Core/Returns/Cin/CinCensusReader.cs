using System.Globalization;
using System.Xml;

namespace Safeguard.Core.Returns.Cin;

/// <summary>
/// Reads a CIN census written by any system (Safeguard, LCS, Mosaic…) with a forward-only XmlReader: no DTDs, no
/// external resolution, a size and depth limit. A child is handed over only once its closing tag has been read, so
/// a failure never yields half a child. Older files are accepted: true/false for 0/1 and GenderCurrent for Sex.
/// </summary>
public static class CinCensusReader
{
    public static CinCensus Read(Stream input, CinReaderOptions? options = null)
    {
        var children = new List<CensusChild>();
        var header = ReadStreaming(input, options, null, children.Add);
        return new CinCensus { Header = header, Children = children };
    }

    public static CinCensus ReadFile(string path, CinReaderOptions? options = null)
    {
        using var file = OpenFile(path);
        return Read(file, options);
    }

    /// <summary>
    /// Reads child by child. <paramref name="onHeader"/> runs once, before the first child (with an empty header when
    /// the file has none); the returned header is the same.
    /// </summary>
    public static CinHeader ReadStreaming(Stream input, CinReaderOptions? options, Action<CinHeader>? onHeader, Action<CensusChild> onChild)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(onChild);
        var state = new State(options ?? new CinReaderOptions(), new CountingStream(input), onHeader, onChild);
        using var xml = XmlReader.Create(state.Counter, SafeSettings(state.Options.MaxCharacters));
        state.Xml = xml;
        try
        {
            state.ReadMessage();
        }
        catch (XmlException ex)
        {
            // Some refusals (a prohibited DTD) carry no position; the reader still knows where it stopped.
            var info = (IXmlLineInfo)xml;
            var (line, position) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition) : (info.LineNumber, info.LinePosition);
            throw new CensusReadException(Explain(ex, state.Options.MaxCharacters), line, position, ex);
        }
        state.ReportProgress(force: true);
        return state.Header ?? new CinHeader();
    }

    /// <summary>
    /// Reads child by child from a reader the caller made (the validator's, which checks the schema as it goes, so
    /// the file is parsed once). An <see cref="XmlException"/> is left to the caller; the reader is read only as far
    /// as the end of the root element.
    /// </summary>
    internal static CinHeader ReadStreaming(XmlReader xml, CountingStream counter, CinReaderOptions options, Action<CinHeader>? onHeader, Action<CensusChild> onChild)
    {
        var state = new State(options, counter, onHeader, onChild) { Xml = xml };
        state.ReadMessage();
        state.ReportProgress(force: true);
        return state.Header ?? new CinHeader();
    }

    internal static FileStream OpenFile(string path)
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

    /// <summary>The hardened settings every census read uses (also the schema gate's).</summary>
    internal static XmlReaderSettings SafeSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    internal static string Explain(XmlException ex, long maxCharacters)
    {
        if (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            return $"The file is larger than the limit of {maxCharacters:N0} characters.";
        if (ex.Message.Contains("DTD", StringComparison.Ordinal))
            return "The file contains a DTD (document type declaration), which a census must not have; it was not processed for safety.";
        if (ex.Message.Contains("Unexpected end of file", StringComparison.Ordinal) || ex.Message.Contains("end of file", StringComparison.OrdinalIgnoreCase))
            return "The file ends too early: it is truncated or incomplete XML.";
        return "The file is not well-formed XML: " + StripLocation(ex.Message);
    }

    private static string StripLocation(string message)
    {
        var i = message.IndexOf(" Line ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    private sealed class State(CinReaderOptions options, CountingStream counter, Action<CinHeader>? onHeader, Action<CensusChild> onChild)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private int _children;
        private int _lastReported;

        public CinReaderOptions Options { get; } = options;
        public CountingStream Counter { get; } = counter;
        public XmlReader Xml { get; set; } = null!;
        public CinHeader? Header { get; private set; }

        private int Line => ((IXmlLineInfo)Xml).LineNumber;
        private int Pos => ((IXmlLineInfo)Xml).LinePosition;

        private CensusReadException Error(string message) => new(message, Line, Pos);

        public void ReportProgress(bool force)
        {
            if (Options.Progress is null) return;
            if (!force && _children - _lastReported < Options.ProgressEvery) return;
            _lastReported = _children;
            Options.Progress(new CinReadProgress(_children, Counter.BytesRead));
        }

        public void ReadMessage()
        {
            if (Xml.MoveToContent() != XmlNodeType.Element)
                throw Error("The file has no XML root element.");
            if (Xml.LocalName != "Message")
                throw Error($"This is not a CIN census: the root element is <{Xml.Name}>, expected <Message>.");
            var sawChildren = false;
            Elements(name =>
            {
                switch (name)
                {
                    case "Header" when Header is null && !sawChildren:
                        Header = ReadHeader();
                        break;
                    case "Children":
                        if (sawChildren) throw Error("The file has more than one <Children> element.");
                        sawChildren = true;
                        PublishHeader();
                        Elements(childName =>
                        {
                            if (childName != "Child") { Unknown("Children"); return; }
                            var child = ReadChild();
                            if (child.LaChildId.Length > 0 && !_ids.Add(child.LaChildId) && Options.Strict)
                                throw Error($"LAchildID '{child.LaChildId}' appears on more than one child.");
                            _children++;
                            onChild(child);
                            ReportProgress(force: false);
                        });
                        break;
                    default:
                        Unknown("Message");
                        break;
                }
            });
            if (!sawChildren) throw new CensusReadException("This is not a complete CIN census: there is no <Children> element.");
        }

        private bool _headerPublished;

        private void PublishHeader()
        {
            if (_headerPublished) return;
            _headerPublished = true;
            Header ??= new CinHeader();
            onHeader?.Invoke(Header);
        }

        private CinHeader ReadHeader()
        {
            var h = new CinHeader();
            var sawSource = false;
            Elements(name =>
            {
                switch (name)
                {
                    case "CollectionDetails":
                        Elements(n =>
                        {
                            switch (n)
                            {
                                case "Collection": h = h with { Collection = Text() ?? "" }; break;
                                case "Year": h = h with { Year = Int(Text(), "Year") }; break;
                                case "ReferenceDate": h = h with { ReferenceDate = Date(Text(), "ReferenceDate") }; break;
                                default: Unknown("CollectionDetails"); break;
                            }
                        });
                        break;
                    case "Source" when sawSource:
                        SkipElement(); // the XSD allows several; the first is the LA's
                        break;
                    case "Source":
                        sawSource = true;
                        Elements(n =>
                        {
                            switch (n)
                            {
                                case "SourceLevel": h = h with { SourceLevel = Text() ?? "" }; break;
                                case "LEA": h = h with { LaCode = Text() }; break;
                                case "SoftwareCode": h = h with { SoftwareCode = Text() }; break;
                                case "Release": h = h with { Release = Text() }; break;
                                case "SerialNo": h = h with { SerialNo = Text() }; break;
                                case "DateTime": h = h with { DateTime = DateTimeValue(Text()) }; break;
                                default: Unknown("Source"); break;
                            }
                        });
                        break;
                    default:
                        Unknown("Header");
                        break;
                }
            });
            return h;
        }

        private CensusChild ReadChild()
        {
            var ids = new ChildIdentifiers();
            var chars = new ChildCharacteristics();
            var episodes = new List<CinDetails>(2);
            Elements(name =>
            {
                switch (name)
                {
                    case "ChildIdentifiers": ids = ReadIdentifiers(); break;
                    case "ChildCharacteristics": chars = ReadCharacteristics(); break;
                    case "CINdetails": episodes.Add(ReadEpisode()); break;
                    default: Unknown("Child"); break;
                }
            });
            return new CensusChild { Identifiers = ids, Characteristics = chars, CinDetails = episodes };
        }

        // Each record is built once from locals at its end tag: a `with` a field cloned the record for every element
        // read, which was a good part of what reading allocated. A repeated element still replaces the earlier value.

        private ChildIdentifiers ReadIdentifiers()
        {
            var laChildId = "";
            string? upn = null, formerUpn = null, upnUnknown = null, sex = null;
            DateOnly? born = null, expected = null, died = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "LAchildID": laChildId = Text() ?? ""; break;
                    case "UPN": upn = Text(); break;
                    case "FormerUPN": formerUpn = Text(); break;
                    case "UPNunknown": upnUnknown = Text(); break;
                    case "PersonBirthDate": born = Date(Text(), name); break;
                    case "ExpectedPersonBirthDate": expected = Date(Text(), name); break;
                    case "Sex": sex = Text(); break;
                    case "GenderCurrent":
                        // Read the element even when Sex came first: an element left unread would be visited again, forever.
                        var genderCurrent = Text();
                        sex ??= FromGenderCurrent(genderCurrent);
                        break;
                    case "PersonDeathDate": died = Date(Text(), name); break;
                    default: Unknown("ChildIdentifiers"); break;
                }
            });
            return new ChildIdentifiers
            {
                LaChildId = laChildId, Upn = upn, FormerUpn = formerUpn, UpnUnknown = upnUnknown, PersonBirthDate = born,
                ExpectedPersonBirthDate = expected, Sex = sex, PersonDeathDate = died,
            };
        }

        // GenderCurrent (to 2023-24): 1 male, 2 female, 0 not known, 9 not specified.
        private static string? FromGenderCurrent(string? code) => code switch
        {
            "1" => "M",
            "2" => "F",
            "0" or "9" => "U",
            _ => code,
        };

        private ChildCharacteristics ReadCharacteristics()
        {
            string? ethnicity = null;
            List<string>? disabilities = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "Ethnicity": ethnicity = Text(); break;
                    case "Disabilities":
                        disabilities ??= [];
                        Elements(n =>
                        {
                            if (n == "Disability") disabilities.Add(Text() ?? "");
                            else Unknown("Disabilities");
                        });
                        break;
                    default: Unknown("ChildCharacteristics"); break;
                }
            });
            return new ChildCharacteristics { Ethnicity = ethnicity, Disabilities = (IReadOnlyList<string>?)disabilities ?? [] };
        }

        private CinDetails ReadEpisode()
        {
            DateOnly? referred = null, closed = null, initialCpc = null;
            string? source = null, need = null, reason = null, nfa = null;
            List<Assessment>? assessments = null;
            List<CinPlan>? plans = null;
            List<Section47Enquiry>? s47s = null;
            List<ChildProtectionPlan>? cpps = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "CINreferralDate": referred = Date(Text(), name); break;
                    case "ReferralSource": source = Text(); break;
                    case "PrimaryNeedCode": need = Text(); break;
                    case "CINclosureDate": closed = Date(Text(), name); break;
                    case "ReasonForClosure": reason = Text(); break;
                    case "DateOfInitialCPC": initialCpc = Date(Text(), name); break;
                    case "Assessments": (assessments ??= []).Add(ReadAssessment()); break;
                    case "CINPlanDates": (plans ??= []).Add(ReadPlan()); break;
                    case "Section47": (s47s ??= []).Add(ReadSection47()); break;
                    case "ReferralNFA": nfa = Text(); break;
                    case "ChildProtectionPlans": (cpps ??= []).Add(ReadCpp()); break;
                    default: Unknown("CINdetails"); break;
                }
            });
            return new CinDetails
            {
                CinReferralDate = referred,
                ReferralSource = source,
                PrimaryNeedCode = need,
                CinClosureDate = closed,
                ReasonForClosure = reason,
                DateOfInitialCpc = initialCpc,
                ReferralNfaText = nfa,
                Assessments = (IReadOnlyList<Assessment>?)assessments ?? [],
                CinPlans = (IReadOnlyList<CinPlan>?)plans ?? [],
                Section47s = (IReadOnlyList<Section47Enquiry>?)s47s ?? [],
                ChildProtectionPlans = (IReadOnlyList<ChildProtectionPlan>?)cpps ?? [],
            };
        }

        private Assessment ReadAssessment()
        {
            DateOnly? started = null, reviewed = null, authorised = null;
            List<string>? factors = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "AssessmentActualStartDate": started = Date(Text(), name); break;
                    case "AssessmentInternalReviewDate": reviewed = Date(Text(), name); break;
                    case "AssessmentAuthorisationDate": authorised = Date(Text(), name); break;
                    case "FactorsIdentifiedAtAssessment":
                        factors ??= [];
                        Elements(n =>
                        {
                            if (n == "AssessmentFactors") factors.Add(Text() ?? "");
                            else Unknown("FactorsIdentifiedAtAssessment");
                        });
                        break;
                    default: Unknown("Assessments"); break;
                }
            });
            return new Assessment
            {
                ActualStartDate = started, InternalReviewDate = reviewed, AuthorisationDate = authorised,
                Factors = (IReadOnlyList<string>?)factors ?? [],
            };
        }

        private CinPlan ReadPlan()
        {
            DateOnly? started = null, ended = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "CINPlanStartDate": started = Date(Text(), name); break;
                    case "CINPlanEndDate": ended = Date(Text(), name); break;
                    default: Unknown("CINPlanDates"); break;
                }
            });
            return new CinPlan { StartDate = started, EndDate = ended };
        }

        private Section47Enquiry ReadSection47()
        {
            DateOnly? started = null, target = null, icpc = null;
            string? notRequired = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "S47ActualStartDate": started = Date(Text(), name); break;
                    case "InitialCPCtarget": target = Date(Text(), name); break;
                    case "DateOfInitialCPC": icpc = Date(Text(), name); break;
                    case "ICPCnotRequired": notRequired = Text(); break;
                    default: Unknown("Section47"); break;
                }
            });
            return new Section47Enquiry { ActualStartDate = started, InitialCpcTarget = target, DateOfInitialCpc = icpc, IcpcNotRequiredText = notRequired };
        }

        private ChildProtectionPlan ReadCpp()
        {
            DateOnly? started = null, ended = null;
            string? initial = null, latest = null;
            int? previous = null;
            List<DateOnly?>? reviews = null;
            Elements(name =>
            {
                switch (name)
                {
                    case "CPPstartDate": started = Date(Text(), name); break;
                    case "CPPendDate": ended = Date(Text(), name); break;
                    case "InitialCategoryOfAbuse": initial = Text(); break;
                    case "LatestCategoryOfAbuse": latest = Text(); break;
                    case "NumberOfPreviousCPP": previous = Int(Text(), name); break;
                    case "Reviews":
                        reviews ??= [];
                        Elements(n =>
                        {
                            if (n == "CPPreviewDate") reviews.Add(Date(Text(), n));
                            else Unknown("Reviews");
                        });
                        break;
                    default: Unknown("ChildProtectionPlans"); break;
                }
            });
            return new ChildProtectionPlan
            {
                StartDate = started, EndDate = ended, InitialCategoryOfAbuse = initial, LatestCategoryOfAbuse = latest,
                NumberOfPreviousCpp = previous, ReviewDates = (IReadOnlyList<DateOnly?>?)reviews ?? [],
            };
        }

        /// <summary>Visits each child element of the current element; the handler must consume the element it is given.</summary>
        private void Elements(Action<string> onElement)
        {
            var parent = Xml.LocalName;
            if (Xml.Depth + 1 > Options.MaxDepth) throw Error($"Elements are nested deeper than {Options.MaxDepth} levels.");
            if (Xml.IsEmptyElement) { Xml.Read(); return; }
            var depth = Xml.Depth;
            Xml.Read();
            while (true)
            {
                switch (Xml.NodeType)
                {
                    case XmlNodeType.Element:
                        onElement(Xml.LocalName);
                        break;
                    case XmlNodeType.EndElement when Xml.Depth == depth:
                        Xml.Read();
                        return;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        if (Options.Strict) throw Error($"Unexpected text '{Trim(Xml.Value)}' inside <{parent}>.");
                        Xml.Read();
                        break;
                    case XmlNodeType.None:
                        throw Error("The file ends too early: it is truncated or incomplete XML.");
                    default:
                        Xml.Read();
                        break;
                }
            }
        }

        private void Unknown(string parent)
        {
            if (Options.Strict) throw Error($"Unexpected element <{Xml.Name}> inside <{parent}>.");
            if (Xml.IsEmptyElement) { Xml.Read(); return; }
            // Skip the unknown subtree, still holding to the depth limit.
            var depth = Xml.Depth;
            while (Xml.Read() && !(Xml.NodeType == XmlNodeType.EndElement && Xml.Depth == depth))
                if (Xml.NodeType == XmlNodeType.Element && Xml.Depth + 1 > Options.MaxDepth)
                    throw Error($"Elements are nested deeper than {Options.MaxDepth} levels.");
            Xml.Read();
        }

        /// <summary>
        /// Passes over the current element node by node, as <see cref="XmlReader.Skip"/> would: a schema-validating
        /// reader does not check what Skip jumps over, and the validator's reader must see every node.
        /// </summary>
        private void SkipElement()
        {
            if (Xml.IsEmptyElement) { Xml.Read(); return; }
            var depth = Xml.Depth;
            while (Xml.Read() && !(Xml.NodeType == XmlNodeType.EndElement && Xml.Depth == depth)) { }
            Xml.Read();
        }

        /// <summary>The element's text, trimmed; null when empty. Advances past the element.</summary>
        private string? Text()
        {
            if (Xml.Depth + 1 > Options.MaxDepth) throw Error($"Elements are nested deeper than {Options.MaxDepth} levels.");
            var name = Xml.Name;
            var value = ElementText(name);
            var trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        /// <summary>
        /// The text of the current element, read node by node and left past its end tag, with the outcomes
        /// ReadElementContentAsString has on a plain reader (the same text, the same refusals). On a schema-validating
        /// reader that method gives the schema-typed value converted back to text (another spelling of a date,
        /// nothing for an invalid one), so the text is read as written instead.
        /// </summary>
        private string ElementText(string name)
        {
            if (Xml.IsEmptyElement) { Xml.Read(); return ""; }
            Xml.Read();
            var first = true;
            string? single = null;
            System.Text.StringBuilder? several = null;
            while (true)
            {
                switch (Xml.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (single is null) single = Xml.Value;
                        else (several ??= new System.Text.StringBuilder(single)).Append(Xml.Value);
                        break;
                    case XmlNodeType.Comment or XmlNodeType.ProcessingInstruction or XmlNodeType.EndEntity:
                        break;
                    case XmlNodeType.EndElement:
                        Xml.Read();
                        return several?.ToString() ?? single ?? "";
                    case XmlNodeType.Element when first:
                        throw Error($"<{name}> should hold a value, not other elements.");
                    default:
                        // An element after some text: ReadElementContentAsString's words for it.
                        throw Error($"The file is not well-formed XML: '{Xml.NodeType}' is an invalid XmlNodeType.");
                }
                first = false;
                Xml.Read();
            }
        }

        private DateOnly? Date(string? text, string field)
        {
            if (text is null) return null;
            // Some systems write a dateTime (2023-05-01T00:00:00); the date part is what counts.
            var span = text.Length > 10 && text[10] == 'T' ? text.AsSpan(0, 10) : text.AsSpan();
            if (IsoDate(span) is { } iso) return iso;
            if (DateOnly.TryParseExact(span, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            if (Options.Strict) throw Error($"<{field}> '{Trim(text)}' is not a date (yyyy-mm-dd).");
            return null;
        }

        /// <summary>
        /// A plain yyyy-mm-dd that is a real date, read digit by digit (every date of every child comes this way; the
        /// format parser took a good part of reading them); null for anything else, which goes to the format parser.
        /// </summary>
        private static DateOnly? IsoDate(ReadOnlySpan<char> s)
        {
            if (s.Length != 10 || s[4] != '-' || s[7] != '-') return null;
            var year = Digits(s[..4]);
            var month = Digits(s[5..7]);
            var day = Digits(s[8..]);
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            return new DateOnly(year, month, day);
        }

        /// <summary>The number the ASCII digits make, or -1.</summary>
        private static int Digits(ReadOnlySpan<char> digits)
        {
            var n = 0;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c)) return -1;
                n = n * 10 + (c - '0');
            }
            return n;
        }

        private int? Int(string? text, string field)
        {
            if (text is null) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            if (Options.Strict) throw Error($"<{field}> '{Trim(text)}' is not a whole number.");
            return null;
        }

        private DateTime? DateTimeValue(string? text)
        {
            if (text is null) return null;
            if (System.DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            if (Options.Strict) throw Error($"<DateTime> '{Trim(text)}' is not a date and time.");
            return null;
        }

        private static string Trim(string s)
        {
            s = s.Trim();
            return s.Length > 40 ? s[..40] + "…" : s;
        }
    }
}
