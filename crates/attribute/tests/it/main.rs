//! Attribution specifications: each test gives a short text and the statements expected.

use whosaid_attribute::{Attributor, Classifier, Context};
use whosaid_entities::{Date, Gazetteer, Matcher};

/// Runs segmenting, matching, time expressions and attribution on `text` and renders each
/// statement as `kind speaker <- mention | quote | cue (reported by …)`.
fn run(text: &str, published: &str) -> String {
    run_with(text, published, true)
}

/// Runs segmenting, matching and time expressions on `text` and hands `f` the context and
/// the gazetteer.
fn with_context<R>(
    text: &str,
    published: Option<Date>,
    f: impl FnOnce(&Context<'_>, &Gazetteer) -> R,
) -> R {
    let gazetteer = Gazetteer::embedded();
    let matcher = Matcher::new(&gazetteer);
    let segmented = whosaid_segment::segment(text);
    let mentions = matcher.find(text);
    let timexes = whosaid_timex::find(text, published);
    let ctx = Context {
        text,
        segmented: &segmented,
        mentions: &mentions,
        timexes: &timexes,
        gazetteer: &gazetteer,
        published,
    };
    f(&ctx, &gazetteer)
}

/// [`run`], with the clause classifier on or off.
fn run_with(text: &str, published: &str, classifier: bool) -> String {
    with_context(text, published.parse().ok(), |ctx, gazetteer| {
        let mut attributor = Attributor::new(gazetteer);
        if !classifier {
            attributor.set_classifier(Classifier::default());
        }
        render(text, &attributor, ctx)
    })
}

/// Each statement as `kind speaker <- mention | quote | cue (reported by …)`.
fn render(text: &str, attributor: &Attributor, ctx: &Context<'_>) -> String {
    let mut out = String::new();
    for s in attributor.attribute(ctx) {
        let speaker = s.speaker.as_ref().map(|sp| sp.name.as_str()).unwrap_or("?");
        let mention = s
            .speaker
            .as_ref()
            .map(|sp| &text[sp.mention.clone()])
            .unwrap_or("");
        let quote: Vec<&str> = s.fragments.iter().map(|f| &text[f.clone()]).collect();
        let cue = s.cue.as_ref().map(|c| &text[c.clone()]).unwrap_or("");
        let by = s
            .reported_by
            .as_ref()
            .map(|by| format!(" (reported by {by})"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:?} {speaker} <- {mention} | {} | {cue}{by}\n",
            s.kind,
            quote.join(" … ")
        ));
    }
    out
}

#[test]
fn pronoun_resolves_to_the_subject_of_an_earlier_sentence_not_an_object() {
    let text = "After his call with Mr Putin, Mr Trump spoke with Ukrainian president Volodymyr Zelensky.\nHe also claimed that talks could be hosted by the Vatican. “Let the process begin,” he wrote in a Truth Social post.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- He | talks could be hosted by the Vatican | claimed
        Direct Donald Trump <- he | Let the process begin, | wrote
    "#]]
    .assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_person_the_same_pronoun_before_was() {
    // The second "She" is the first one's Lynch, not Hillary Clinton, named since; an
    // institution ("the Eastern District") is no one a pronoun refers to.
    let text = "Attorney General Loretta Lynch said she would not step aside.\n\nShe has faced \
                controversies since her meeting with Bill Clinton while the department was \
                investigating his wife, Hillary Clinton. She has called the shootings a moment \
                like the civil rights movement.\n\nShe worked for the Eastern District of New \
                York. She said she was drawn to the job by the women in charge there.";
    expect_test::expect![[r#"
        Indirect Loretta Lynch <- General Loretta Lynch | she would not step aside | said
        Indirect Loretta Lynch <- She | the shootings a moment like the civil rights movement | called
        Indirect Loretta Lynch <- She | she was drawn to the job by the women in charge there | said
    "#]]
    .assert_eq(&run(text, "2016-09-14"));
}

#[test]
fn a_preposition_or_an_adjective_is_no_speaker() {
    // "despite saying": the participle's subject is the sentence's; "a controversial
    // comment": after "a" and a word, a bare cue word is a noun.
    let text = "John Smith, despite saying that the bill was flawed, voted for it. The law \
                prompted Hillary Clinton to make a controversial comment that described young \
                men as “super predators.”";
    expect_test::expect![[r#"
        Indirect John Smith <- John Smith | the bill was flawed | saying
        Indirect John Smith <- John Smith | it | voted for
    "#]]
    .assert_eq(&run(text, "2016-09-23"));
}

#[test]
fn subject_with_role_title_after_the_quote_is_the_speaker() {
    let text = "“He’s grown weary and frustrated with both sides of the conflict,” White House press secretary Karoline Leavitt told reporters on Monday ahead of the call.";
    expect_test::expect![[r#"
        Direct Karoline Leavitt <- secretary Karoline Leavitt | He’s grown weary and frustrated with both sides of the conflict, | told
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn role_noun_resolves_through_dated_gazetteer_roles() {
    let text = "“We just need to outline the most effective routes,” the Russian leader said.";
    expect_test::expect![[r#"
        Direct Vladimir Putin <- the Russian leader | We just need to outline the most effective routes, | said
    "#]]
    .assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn a_name_inside_the_quotation_is_never_its_speaker() {
    let text = "“As President Trump said, let’s get it done,” said the Ukrainian head of state.";
    expect_test::expect![[r#"
        Direct Volodymyr Zelensky <- the Ukrainian head of state | As President Trump said, let’s get it done, | said
    "#]]
    .assert_eq(&run(text, "2025-02-12"));
}

#[test]
fn negated_cue_is_not_a_statement_and_scare_quotes_without_speaker_are_dropped() {
    let text =
        "In the post, Trump did not comment on the attacks. The so-called “peace plan” stalled.";
    expect_test::expect![[r#""#]].assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn an_odd_number_of_quote_marks_keeps_the_rest_of_the_article() {
    let text = "“We will not give up, Zelensky said on Monday.\n\nLater, Mr Putin said Russia was in favour of talks. “The door is open,” Peskov told reporters.";
    expect_test::expect![[r#"
        Direct ? <-  | We will not give up, Zelensky said on Monday. | 
        Indirect Vladimir Putin <- Mr Putin | Russia was in favour of talks | said
        Direct Dmitry Peskov <- Peskov | The door is open, | told
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_quote_running_across_paragraphs_is_one_statement() {
    let text = "Mr Vance said: “We are going to try to end it.\n\n“But if we can’t, we will walk away.”\n\nThe talks resumed.";
    expect_test::expect![[r#"
        Direct JD Vance <- Mr Vance | We are going to try to end it. … But if we can’t, we will walk away. | said
    "#]].assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn a_speaker_two_sentences_back_and_across_paragraphs() {
    let text = "Hugh Hill, a doctor, spent the night at the hospital. The ward was full. “We had no beds left,” he said.\n\n“Nobody came to help us.”\n\nShe left at dawn.";
    expect_test::expect![[r#"
        Direct Hugh Hill <- he | We had no beds left, | said
        Direct Hugh Hill <- he | Nobody came to help us. | 
    "#]]
    .assert_eq(&run(text, "2024-03-01"));
}

#[test]
fn a_new_speaker_ends_the_continuation() {
    let text = "“We are ready,” Mr Zelensky said.\n\n“Ukraine wants peace.”\n\n“The answer is no,” said Kremlin spokesman Dmitry Peskov.\n\n“There is nothing to discuss.”";
    expect_test::expect![[r#"
        Direct Volodymyr Zelensky <- Mr Zelensky | We are ready, | said
        Direct Volodymyr Zelensky <- Mr Zelensky | Ukraine wants peace. | 
        Direct Dmitry Peskov <- Dmitry Peskov | The answer is no, | said
        Direct Dmitry Peskov <- Dmitry Peskov | There is nothing to discuss. | 
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn appositives_name_the_speaker() {
    let text = "Hugh Hill, a doctor, said: “The injuries were severe.” Putin’s spokesman, Dmitry Peskov, confirmed that the call had taken place.";
    expect_test::expect![[r#"
        Direct Hugh Hill <- Hugh Hill | The injuries were severe. | said
        Indirect Dmitry Peskov <- Dmitry Peskov | the call had taken place | confirmed
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn dash_attribution_after_the_quote() {
    let text = "“We will defend every inch of our territory.” — Commissioner Andrius Kubilius";
    expect_test::expect![[r#"
        Direct Andrius Kubilius <- Commissioner Andrius Kubilius | We will defend every inch of our territory. | —
    "#]].assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn from_x_and_x_added_introduce_the_next_paragraph() {
    let text = "From Mr Starmer:\n\n“This is a moment for Europe to stand together.”\n\nMr Macron added:\n\n“We will not accept a ceasefire imposed on Ukraine.”";
    expect_test::expect![[r#"
        Direct Keir Starmer <- Mr Starmer | This is a moment for Europe to stand together. | 
        Direct Emmanuel Macron <- Mr Macron | We will not accept a ceasefire imposed on Ukraine. | 
    "#]]
    .assert_eq(&run(text, "2025-03-02"));
}

#[test]
fn transcript_turns_are_their_labels_speakers() {
    let text = "On “Fox News Sunday,” Gov. Mike Pence said the tweet was only meant to mock Clinton.\n\nPartial transcript as follows:\n\n\"WALLACE: Will Gennifer Flowers be there?\n\n\"PENCE: Gennifer Flowers will not be attending the debate.\n\n\"And I just can’t wait to see it.\n\n\"(CROSSTALK.)\n\n\"WALLACE: Governor, I don’t want to interrupt.\"\n\nQ: Have you talked to her?\n\nA: It’s been about a month.";
    expect_test::expect![[r#"
        Indirect Mike Pence <- Gov. Mike Pence | the tweet was only meant to mock Clinton | said
        Direct Wallace <- WALLACE | Will Gennifer Flowers be there? | :
        Direct Mike Pence <- PENCE | Gennifer Flowers will not be attending the debate. … And I just can’t wait to see it. | :
        Direct Wallace <- WALLACE | Governor, I don’t want to interrupt. | :
        Direct  <- Q | Have you talked to her? | :
        Direct  <- A | It’s been about a month. | :
    "#]]
    .assert_eq(&run(text, "2016-09-25"));
}

#[test]
fn the_sentence_ending_in_a_colon_introduces_the_next_paragraph() {
    let text = "The woman disputes the idea that she needed help. The reporter Stephanie McCrummen writes:\n\n\"The first time she had seen him, at a rally in June, she was just beginning to realize it.";
    expect_test::expect![[r#"
        Indirect woman <- The woman | she needed help | disputes
        Direct Stephanie McCrummen <- Stephanie McCrummen | The first time she had seen him, at a rally in June, she was just beginning to realize it. | 
    "#]]
    .assert_eq(&run(text, "2016-10-02"));
}

#[test]
fn headline_forms() {
    let text = "Zelenskiy: “No one wants peace more than Ukraine”\n\nKremlin says Putin and Trump agreed to meet\n\nThe talks were held on Wednesday.";
    expect_test::expect![[r#"
        Direct Volodymyr Zelensky <- Zelenskiy | No one wants peace more than Ukraine | 
        Indirect Kremlin <- Kremlin | Putin and Trump agreed to meet | says
    "#]]
    .assert_eq(&run(text, "2025-02-13"));
}

#[test]
fn a_quote_inside_a_quote_is_reported_by_the_outer_speaker() {
    let text = "Ushakov said: “Trump said, ‘Vladimir, you can pick up the phone at any time.’ The presidents agreed to talk again.”";
    expect_test::expect![[r#"
        Direct Yuri Ushakov <- Ushakov | Trump said, ‘Vladimir, you can pick up the phone at any time.’ The presidents agreed to talk again. | said
        Direct Donald Trump <- Trump | Vladimir, you can pick up the phone at any time. | said (reported by Yuri Ushakov)
    "#]].assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_quote_inside_someone_elses_reported_clause_is_reported_by_them() {
    let text = "The Kremlin aide Yuri Ushakov told reporters that Trump had said, “Vladimir, you \
                can pick up the phone.”";
    expect_test::expect![[r#"
        Direct Donald Trump <- Trump | Vladimir, you can pick up the phone. | said (reported by Yuri Ushakov)
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn role_nouns_bound_by_the_articles_own_introduction() {
    let text = "White House spokeswoman Karoline Leavitt spoke on Monday. Later the spokeswoman said the president was frustrated. Ohio Senator Bernie Moreno met voters. “We need answers,” the senator said.";
    expect_test::expect![[r#"
        Indirect Karoline Leavitt <- the spokeswoman | the president was frustrated | said
        Direct Bernie Moreno <- the senator | We need answers, | said
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn organisations_and_outlets_speak() {
    let text = "The Kremlin said the two leaders spoke for an hour. The White House said Trump was pleased. The talks will resume next week, Reuters reported.";
    expect_test::expect![[r#"
        Indirect Kremlin <- Kremlin | the two leaders spoke for an hour | said
        Indirect White House <- White House | Trump was pleased | said
        Indirect Reuters <- Reuters | The talks will resume next week | reported
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn cues_beyond_said() {
    let text = "“It was a productive day,” Trump wrote. Peskov insisted that nothing had been agreed. “This is absurd,” Zelensky fumed. Vance acknowledged that progress was slow.";
    expect_test::expect![[r#"
        Direct Donald Trump <- Trump | It was a productive day, | wrote
        Indirect Dmitry Peskov <- Peskov | nothing had been agreed | insisted
        Direct Volodymyr Zelensky <- Zelensky | This is absurd, | fumed
        Indirect JD Vance <- Vance | progress was slow | acknowledged
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn scare_quotes_titles_and_nicknames_are_not_statements() {
    let text = "The film “Blue Moon” opened on Friday. The so-called “coalition of the willing” met in Paris. The striker, nicknamed “the Rocket”, scored twice.";
    expect_test::expect![""].assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn indirect_speech_in_subordinate_clauses_and_questions() {
    let text = "When Trump asked Zelensky what he should discuss with Putin, the Ukrainian leader told him that he should press for a ceasefire. Moscow had proposed the meeting to buy time. The Republican assumed the presidency in January.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- Trump | what he should discuss with Putin | asked
        Indirect Volodymyr Zelensky <- the Ukrainian leader | he should press for a ceasefire | told
        Indirect Moscow <- Moscow | the meeting to buy time | proposed
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn according_to_names_the_source() {
    let text = "The two leaders spoke for more than two hours, according to Russian news agencies. According to White House sources, the call went well.";
    expect_test::expect![[r#"
        Indirect Russian news agencies <- Russian news agencies | The two leaders spoke for more than two hours | according to
        Indirect White House sources <- White House sources | the call went well | According to
    "#]].assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_contrasting_clause_with_its_own_speaker_ends_the_first_content() {
    // So does the speaker's next act after an object ("bemoaned the unrest … and said").
    let text = "Officials said the attack killed at least 12 people, while the army said the \
                death toll was higher. Kyiv said the strike hit a school, whereas Moscow claimed \
                it hit a depot. Donald Trump, her Republican opponent, bemoaned the unrest in \
                Charlotte and said the city needed law and order.";
    expect_test::expect![[r#"
        Indirect Officials <- Officials | the attack killed at least 12 people | said
        Indirect army <- the army | the death toll was higher | said
        Indirect Kyiv <- Kyiv | the strike hit a school | said
        Indirect Moscow <- Moscow | it hit a depot | claimed
        Indirect Donald Trump <- Donald Trump | the unrest in Charlotte | bemoaned
        Indirect Donald Trump <- Donald Trump | the city needed law and order | said
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_clause_without_that_may_have_a_present_tense_verb() {
    // The word classes tell "means" and "remains" (verbs) from "critics" (a plural noun).
    let text = "Critics worry the deal means higher prices. Critics fear the truce remains \
                fragile. The governor believes the plan needs more money.";
    expect_test::expect![[r#"
        Indirect Critics <- Critics | the deal means higher prices | worry
        Indirect Critics <- Critics | the truce remains fragile | fear
        Indirect governor <- The governor | the plan needs more money | believes
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_body_where_it_sits_is_the_body_not_the_place() {
    let text = "The foreign ministry in Moscow later said the offer was a provocation. The U.S. \
                embassy in Kyiv said the threat was real. Officials in Washington said the talks \
                would go on. Elected officials from both parties say he is a hard worker.";
    expect_test::expect![[r#"
        Indirect foreign ministry in Moscow <- The foreign ministry in Moscow | the offer was a provocation | said
        Indirect U.S. embassy in Kyiv <- The U.S. embassy in Kyiv | the threat was real | said
        Indirect Officials in Washington <- Officials in Washington | the talks would go on | said
        Indirect Elected officials from both parties <- Elected officials from both parties | he is a hard worker | say
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_plain_noun_phrase_before_a_verb_that_introduces_quotes_is_the_speaker() {
    // "replied" is no verb of saying in the lexicon's classes, but it introduces quotes.
    let text = "She said fathers would not be eligible, and when pressed on why, the \
                34-year-old mother of three replied, “It is meant to benefit the mother.”";
    expect_test::expect![[r#"
        Indirect  <- She | fathers would not be eligible | said
        Direct 34-year-old mother of three <- the 34-year-old mother of three | It is meant to benefit the mother. | replied
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn an_object_ends_before_an_adverbial_phrase_and_a_relative_that_opens_no_clause() {
    // "during", "amid", "following" and "despite" open what is no part of the object, and so
    // do "as" before a clause and the phrase naming the medium; "that" before a verb, after
    // the object's words, is a relative pronoun; a clause of its own after a semicolon ends
    // what was said, and so does a dash, even one typed as two hyphens; a cue before an
    // auxiliary or a copula is a noun ("approval rating").
    let text = "Ms Martin denounced the annexation during a broadcast on Monday. Clinton stressed \
                her support of the raid that killed bin Laden. Officials condemned the attack as \
                the talks stalled. The senator described the call as a turning point. The poll \
                indicates a tightening race as Trump consolidates the support of his party. \
                Trump attacked Machado in early-morning tweets. Justice Nervo rejected that \
                argument in a ruling released Thursday. Republicans said the timing was not \
                intentional; they only learned on Friday of the arrangements. His approval \
                rating remains strong. Clinton unveiled a list of endorsements from retired \
                generals -- most of whom had announced their support -- on Tuesday.";
    expect_test::expect![[r#"
        Indirect Martin <- Ms Martin | the annexation | denounced
        Indirect Hillary Clinton <- Clinton | her support of the raid that killed bin Laden | stressed
        Indirect Hillary Clinton <- her | the raid that killed bin Laden | support
        Indirect Officials <- Officials | the attack | condemned
        Indirect senator <- The senator | the call as a turning point | described
        Indirect poll <- The poll | a tightening race | indicates
        Indirect Donald Trump <- Trump | Machado | attacked
        Indirect Nervo <- Justice Nervo | that argument | rejected
        Indirect Republican Party <- Republicans | the timing was not intentional | said
        Indirect Hillary Clinton <- Clinton | a list of endorsements from retired generals | unveiled
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_subject_opening_the_sentence_reaches_past_what_modifies_it() {
    // A participle, a prepositional phrase, a relative clause or an aside between the subject
    // and its cue, also after a study ("A USA TODAY analysis of super PACs shows"); a
    // sentence-opening adverb is no subject; a plural before an auxiliary or a cue in -s, or
    // after a number, is a noun, not a cue ("The Istanbul talks had been organized", "filed
    // reports shows", "Twenty-seven states"), and so is "state" without "that".
    let text = "The poll released Friday shows that Clinton leads by five points. Video of the \
                incident shows that he was shot in the back. The survey, which polled 900 \
                voters, shows that turnout will be high. Moreover, analysts say the race is \
                tight. The Istanbul talks had been organized at Putin’s own suggestion. \
                Twenty-seven states led by West Virginia are challenging the rule. Some state \
                officials praised the work. An analysis of newly filed reports shows that \
                donations hit $1 billion. A USA TODAY analysis of super PACs shows Democratic \
                groups outpacing Republicans.";
    expect_test::expect![[r#"
        Indirect poll <- The poll | Clinton leads by five points | shows
        Indirect Video of the incident <- Video of the incident | he was shot in the back | shows
        Indirect survey <- The survey | turnout will be high | shows
        Indirect analysts <- analysts | the race is tight | say
        Indirect West Virginia <- West Virginia | the rule | challenging
        Indirect Some state officials <- Some state officials | the work | praised
        Indirect analysis of newly filed reports <- An analysis of newly filed reports | donations hit $1 billion | shows
        Indirect USA TODAY analysis of super PACs <- A USA TODAY analysis of super PACs | Democratic groups outpacing Republicans | shows
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_poll_opening_the_sentence_is_the_source_of_its_finding() {
    // "In" a poll or a survey reports the clause after the comma (past a participle's
    // aside); a cue in that clause reports it instead.
    let text = "In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent. In \
                the national poll, conducted in early September, Clinton led by 5 points among \
                likely voters. In the poll, voters said the economy was the top issue. In the \
                meantime, the campaign went on.";
    expect_test::expect![[r#"
        Indirect CBS News poll <- a CBS News poll | she led Mr. Sanders 56 percent to 32 percent | In
        Indirect national poll <- the national poll | Clinton led by 5 points among likely voters | In
        Indirect voters <- voters | the economy was the top issue | said
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_noun_after_a_possessive_names_a_statement_of_the_possessor() {
    // "claims about", "decision to", "attacks on", "claim that": the content runs to the next
    // punctuation, or to the next verb unless after "that"; "It’s" is no possessive, and
    // "that" after a plan opens a relative clause.
    let text = "North Korea's claims about the potency of its nuclear test are hard to assess. \
                President Obama's decision to restore relations with Burma drew praise. Trump \
                stepped up his attacks on the moderators. Trump’s claim that the election was \
                rigged, however, went nowhere. It’s a good bet the returns would say more. \
                There is little in his plan that matches his rhetoric.";
    expect_test::expect![[r#"
        Indirect North Korea <- North Korea | the potency of its nuclear test | claims
        Indirect Barack Obama <- President Obama | to restore relations with Burma | decision
        Indirect Donald Trump <- his | the moderators | attacks
        Indirect Donald Trump <- Trump | the election was rigged | claim
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_negated_belief_is_a_belief_with_the_negation_in_its_cue() {
    // Not a negated verb of saying: what was not said is no statement.
    let text = "Democrats don’t think Hillary Clinton can catch Bernie Sanders in New Hampshire. \
                I did not expect him to drag up the old spat. The senator did not say whether he \
                would run again.";
    expect_test::expect![[r#"
        Indirect Democratic Party <- Democrats | Hillary Clinton can catch Bernie Sanders in New Hampshire | don’t think
        Indirect  <- I | him to drag up the old spat | did not expect
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_long_description_before_a_name_in_commas_is_the_name_s() {
    // The description may hold a possessive or a phrase; "when" after a long object opens
    // no indirect question.
    let text = "In a statement, one of the family's attorneys, Justin Bamberg, said the videos \
                show Scott calmly leaving his car when asked to do so by police. Meanwhile, an \
                attorney for the family, Jane Roe, said the footage was clear.";
    expect_test::expect![[r#"
        Indirect Justin Bamberg <- Justin Bamberg | the videos show Scott calmly leaving his car when asked to do so by police | said
        Indirect Jane Roe <- Jane Roe | the footage was clear | said
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_passive_s_agent_is_the_source_of_its_subject() {
    // After "was … by" the subject is the content, with what modifies it; after a participle
    // alone, the noun phrase it modifies. The agent ends before a participle. "first" may
    // stand between a subject and its verb.
    let text = "The registration issue was first reported by The Washington Post. Critics \
                attacked the aggressive laws proposed by President Richard Nixon. The senator \
                first proposed the bill in 2015. The discussions about bolstering defense \
                cooperation are supported by an unusual coalition of leaders. The nominee has \
                been endorsed by dozens of papers ranging from The New York Times to The \
                Dallas Morning News.";
    expect_test::expect![[r#"
        Indirect The Washington Post <- The Washington Post | The registration issue | reported by
        Indirect Richard Nixon <- President Richard Nixon | the aggressive laws | proposed by (reported by Critics)
        Indirect Critics <- Critics | the aggressive laws proposed by President Richard Nixon | attacked
        Indirect unusual coalition of leaders <- an unusual coalition of leaders | The discussions about bolstering defense cooperation | supported by
        Indirect dozens of papers <- dozens of papers | The nominee | endorsed by
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn an_opening_participle_and_an_as_aside_report_for_the_main_subject() {
    // "Citing …, Trump …": the participle's words up to the comma, not a listener ("Speaking
    // to reporters"); "X, as Y noted, …": the sentence around the aside, in two fragments.
    let text = "Citing an unfounded conspiracy theory, Trump refused to apologize. Speaking to \
                reporters on Monday, the senator left. Hawaii, as one of Mr. Obama's climate \
                advisers pointed out, normally does not get back-to-back hurricanes.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- Trump | an unfounded conspiracy theory | Citing
        Indirect Donald Trump <- Trump | to apologize | refused
        Indirect one of Mr. Obama's climate advisers <- one of Mr. Obama's climate advisers | Hawaii … normally does not get back-to-back hurricanes | pointed out
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn according_to_after_a_dash_or_at_the_end_reports_what_comes_before() {
    // The source is the phrase right after the cue, not a name inside it.
    let text = "More than half of his medical advice is unsubstantiated — or flat out wrong — \
                according to the top British medical journal. The economy grew by 3 percent last \
                year according to the central bank.";
    expect_test::expect![[r#"
        Indirect top British medical journal <- the top British medical journal | More than half of his medical advice is unsubstantiated — or flat out wrong | according to
        Indirect central bank <- the central bank | The economy grew by 3 percent last year | according to
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_group_after_a_comma_and_a_document_before_a_pronoun_clause_are_subjects() {
    // A participle opening a clause is an adjective ("elected officials"); "show he …" opens
    // a clause, so the phrase before it is its subject; a group between commas is whole.
    let text = "Although Scott lacks a signature achievement, elected officials from both \
                parties say he has forged a reputation as a hard worker. That gap has taken on \
                new urgency after leaked documents from his 1995 tax return show he took a \
                massive loss. The plan is vague about who would be eligible, labor-policy experts \
                say, including a provision that could exclude workers.";
    expect_test::expect![[r#"
        Indirect elected officials from both parties <- elected officials from both parties | he has forged a reputation as a hard worker | say
        Indirect his 1995 tax return <- his 1995 tax return | he took a massive loss | show
        Indirect labor-policy experts <- labor-policy experts | The plan is vague about who would be eligible | say
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_quote_whose_own_speaker_names_no_one_is_the_reporter_s() {
    // The nearest cue's subject is a relative or a pronoun that resolves to no one; the
    // reported clause around the quote gives its speaker and cue.
    let text = "Rival Hillary Clinton said anybody who complains about a microphone “is not \
                having a good night.” The statement noted they had previously said they would \
                take “further significant measures” if North Korea conducted another test.";
    expect_test::expect![[r#"
        Partial Hillary Clinton <- Hillary Clinton | is not having a good night. | said
        Partial statement <- The statement | further significant measures | noted
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_clitic_after_who_he_or_she_is_an_auxiliary_before_a_cue() {
    // "who’s called for" is "who has called for"; after "it" the clitic stays ambiguous. A
    // one-word object may be a common noun ("bankruptcy").
    let text = "Hillary Clinton, who’s called for big tax hikes on the rich, lambasted Trump. \
                Patriot, another mining company, declared bankruptcy.";
    expect_test::expect![[r#"
        Indirect Hillary Clinton <- who | big tax hikes on the rich | called for
        Indirect Hillary Clinton <- Hillary Clinton | Trump | lambasted
        Indirect Patriot <- Patriot | bankruptcy | declared
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_noun_phrase_before_a_relative_clause_without_that_is_the_subject() {
    // "the experts [I interviewed] said", "Everyone [I spoke to] said".
    let text = "All the experts I interviewed said her proposals were more detailed than his. \
                Everyone I spoke to said the plan would fail in the end.";
    expect_test::expect![[r#"
        Indirect All the experts <- All the experts | her proposals were more detailed than his | said
        Indirect Everyone <- Everyone | the plan would fail in the end | said
    "#]]
    .assert_eq(&run(text, "2016-09-21"));
}

#[test]
fn a_listener_after_an_inverted_cue_is_not_what_was_said() {
    // Whom it was told to, and when, sit between the cue and the end of the sentence or the
    // rest of an interrupted clause.
    let text = "Dmitry Peskov spoke on Friday. Russia will attend the talks, Peskov told reporters \
                on Friday. The meeting could take place in Istanbul, he told the BBC. The \
                difference now, he told me, is that the talks have a date. Russia is ready to talk, \
                he told reporters. Peskov told the BBC the talks had been useful. The Kremlin says \
                Putin and Trump discussed prisoner swaps.";
    expect_test::expect![[r#"
        Indirect Dmitry Peskov <- Peskov | Russia will attend the talks | told
        Indirect Dmitry Peskov <- he | The meeting could take place in Istanbul | told
        Indirect Dmitry Peskov <- he | The difference now … is that the talks have a date | told
        Indirect Dmitry Peskov <- he | Russia is ready to talk | told
        Indirect Dmitry Peskov <- Peskov | the talks had been useful | told
        Indirect Kremlin <- Kremlin | Putin and Trump discussed prisoner swaps | says
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn interrupting_and_closing_attributions_take_the_whole_sentence() {
    let text = "Climate change, Mr. Obama often says, is the greatest threat facing the world. Clinton had told police that she did not want the escort, the source added. Trump urged supporters to monitor polling places.";
    expect_test::expect![[r#"
        Indirect Barack Obama <- Mr. Obama | Climate change … is the greatest threat facing the world | says
        Indirect source <- the source | Clinton had told police that she did not want the escort | added
        Indirect Hillary Clinton <- Clinton | she did not want the escort | told (reported by source)
        Indirect Donald Trump <- Trump | supporters to monitor polling places | urged
    "#]].assert_eq(&run(text, "2016-09-30"));
}

#[test]
fn a_quote_followed_by_a_name_at_the_paragraph_end_does_not_panic() {
    let text = "“We will win,” Mr Trump\n\nThe rally ended.";
    expect_test::expect![[r#"
        Direct ? <-  | We will win, | 
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_demonym_alone_is_the_latest_person_of_that_country() {
    let text = "Trump spoke with Zelensky and Putin. Afterwards the Ukrainian told him that sanctions must stay. The Russian said the talks were useful.";
    expect_test::expect![[r#"
        Indirect Volodymyr Zelensky <- the Ukrainian | sanctions must stay | told
        Indirect Vladimir Putin <- The Russian | the talks were useful | said
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn regional_adjectives_stay_with_the_group() {
    let text = "Over the weekend, numerous European leaders emphasised that Putin was the obstacle. Western officials said the talks had failed.";
    expect_test::expect![[r#"
        Indirect numerous European leaders <- numerous European leaders | Putin was the obstacle | emphasised
        Indirect Western officials <- Western officials | the talks had failed | said
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn an_outlet_reporting_a_statement_only_relays_it() {
    let text = "Shortly after the call, Zelensky told reporters that Kyiv was considering a meeting, Reuters reported. The Kremlin is preparing a memorandum, Reuters reported.";
    expect_test::expect![[r#"
        Indirect Volodymyr Zelensky <- Zelensky | Kyiv was considering a meeting | told (reported by Reuters)
        Indirect Reuters <- Reuters | The Kremlin is preparing a memorandum | reported
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn a_pronoun_can_refer_to_a_role_noun_subject() {
    let text = "Vladimir Putin met Donald Trump. The Republican did not criticise his counterpart, and he asserted that Putin was only travelling because of the summit.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- The Republican | his counterpart | did not criticise
        Indirect Donald Trump <- he | Putin was only travelling because of the summit | asserted
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn quotes_around_one_attribution_are_one_statement() {
    let text = "“It is not an instantaneous event,” Mr. Obama said. “It is a slow-moving issue.”\n“We will win,” said Ted Cruz, “and soon.”\n“Never,” Warren said.\n“Not once.”";
    expect_test::expect![[r#"
        Direct Barack Obama <- Mr. Obama | It is not an instantaneous event, … It is a slow-moving issue. | said
        Direct Ted Cruz <- Ted Cruz | We will win, … and soon. | said
        Direct Elizabeth Warren <- Warren | Never, | said
        Direct Elizabeth Warren <- Warren | Not once. | 
    "#]].assert_eq(&run(text, "2016-09-08"));
}

#[test]
fn attributions_with_appositives_parentheses_and_affiliations() {
    let text = "“I think so,” Douglas Holtz-Eakin, an economist and tax expert, told me this week.\nAs Steven M. Rosenthal, a tax lawyer, recently put it, “Did Trump lower his taxes?”\n“It is an invasion,” said Scott Pruitt, the Republican attorney general of Oklahoma.\n“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said in a statement.\n“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.\n“I think she’ll be out there,” Clinton campaign spokesman Brian Fallon told reporters on Monday.";
    expect_test::expect![[r#"
        Direct Douglas Holtz-Eakin <- Douglas Holtz-Eakin | I think so, | told
        Direct Steven M. Rosenthal <- Steven M. Rosenthal | Did Trump lower his taxes? | put it
        Direct Scott Pruitt <- Scott Pruitt | It is an invasion, | said
        Direct Gwen Moore <- Rep. Gwen Moore | It’s a dog whistle to all Americans, | said
        Direct Morgan <- Mr. Morgan | It was the least bad outcome, | said
        Direct Brian Fallon <- Brian Fallon | I think she’ll be out there, | told
    "#]]
    .assert_eq(&run(text, "2016-09-08"));
}

#[test]
fn surnames_that_are_titles_and_descriptive_speakers() {
    let text = "“I have never been edited,” Mr. King, 82, told me.\nThe New York businessman says of Clinton, “If she gets the chance, she will sell the office.”\n“It was fine,” the King told reporters.";
    expect_test::expect![[r#"
        Direct King <- Mr. King | I have never been edited, | told
        Direct New York businessman <- The New York businessman | If she gets the chance, she will sell the office. | says
        Direct King <- the King | It was fine, | told
    "#]].assert_eq(&run(text, "2016-09-08"));
}

#[test]
fn identifiers_numbers_and_show_titles_are_not_statements() {
    let text = "Paul Ryan said the plan was “a better way” in a tweet “750366792434978816” on “2016-07-05” from “SpeakerRyan”. Ryan told CNN’s “New Day” that he would appear on “Meet the Press” soon.";
    expect_test::expect![[r#"
        Partial Paul Ryan <- Paul Ryan | a better way | said
        Indirect Paul Ryan <- Ryan | he would appear on “Meet the Press” soon | told
    "#]]
    .assert_eq(&run(text, "2016-07-06"));
}

#[test]
fn adverbs_between_subject_and_cue_and_verbs_that_cast_someone_as() {
    let text = "Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting Alicia Machado was “unhinged, even for him.”\nSenate Minority Leader Harry Reid has been steadily pounding Trump as a “con artist” ― just as he did with Romney in 2012.";
    expect_test::expect![[r#"
        Partial Hillary Clinton <- Hillary Clinton | unhinged, even for him. | says
        Partial Harry Reid <- Leader Harry Reid | con artist | pounding
    "#]]
    .assert_eq(&run(text, "2016-09-30"));
}

#[test]
fn an_unresolved_pronoun_keeps_its_mention_without_a_name() {
    let text = "Critics of the program sent a letter on Thursday.\n\n\"The program has become plagued by fraud and abuse,\" they wrote.";
    expect_test::expect![[r#"
        Direct  <- they | The program has become plagued by fraud and abuse, | wrote
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn lower_case_descriptors_before_a_name_after_the_cue() {
    let text = "“The rules don’t hold weight,” said 9/11 widow Terry Strada.";
    expect_test::expect![[r#"
        Direct Terry Strada <- Terry Strada | The rules don’t hold weight, | said
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn an_attribution_closing_the_sentence_of_a_quote_carried_on_by_unquoted_words() {
    let text = "Sen. Mary Jones spoke on Tuesday.\n\n“The only way the banks will change is jail time” for executives, she said.\n\n“The plan is dead” in its current form, said Senator John Smith.";
    expect_test::expect![[r#"
        Direct Mary Jones <- she | The only way the banks will change is jail time | said
        Direct John Smith <- Senator John Smith | The plan is dead | said
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_common_noun_phrase_before_an_inflected_cue_is_the_speaker() {
    let text = "As a phone rang, the announcer said, “Who do you want answering the phone?”\n\n“You pay your taxes. Why didn’t he pay his?” a narrator in the new ad asks.";
    expect_test::expect![[r#"
        Direct announcer <- the announcer | Who do you want answering the phone? | said
        Direct narrator in the new ad <- a narrator in the new ad | You pay your taxes. Why didn’t he pay his? | asks
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_noun_read_as_a_cue_gives_no_common_noun_speaker() {
    let text = "The inquiry into her use of a private email server went on. For the senator, the key question is whether voters will follow.";
    expect_test::expect![[r#""#]].assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_parenthesis_and_a_parenthetical_between_subject_and_cue() {
    let text = "Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding the nominee as a “con artist” for weeks.";
    expect_test::expect![[r#"
        Partial Harry Reid <- Leader Harry Reid | con artist | pounding
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_clause_after_a_quote_cue_is_not_its_speaker() {
    let text = "City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that Phoenix supports the campaign.";
    expect_test::expect![[r#"
        Partial City Attorney Brad Holm <- City Attorney Brad Holm | unmistakably and wrongfully | said
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_participle_cue_takes_the_subject_opening_the_sentence() {
    let text = "Donald Trump posted a series of tweets early Friday saying that his rival had shown bad judgment in using the former winner “as a paragon of virtue.”\n\nHillary Clinton spoke in Florida. She says it underscores that he is “temperamentally unfit to be commander-in-chief.”";
    expect_test::expect![[r#"
        Partial Donald Trump <- Donald Trump | as a paragon of virtue. | saying
        Partial Hillary Clinton <- She | temperamentally unfit to be commander-in-chief. | says
    "#]]
    .assert_eq(&run(text, "2016-09-30"));
}

#[test]
fn a_relative_pronoun_subject_stands_for_the_name_before_it() {
    let text = "The ceremony featured Oprah Winfrey, Patti LaBelle and Stevie Wonder, who joked of the museum, \"I haven't seen it yet, but I'm going to.\"";
    expect_test::expect![[r#"
        Direct Stevie Wonder <- who | I haven't seen it yet, but I'm going to. | joked
    "#]]
    .assert_eq(&run(text, "2016-09-25"));
}

#[test]
fn a_long_apposition_between_a_name_after_the_quote_and_the_cue() {
    let text = "“Their strategy is very clear,” Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said.";
    expect_test::expect![[r#"
        Direct Michael McFaul <- Michael McFaul | Their strategy is very clear, | said
    "#]]
    .assert_eq(&run(text, "2016-09-19"));
}

#[test]
fn a_partial_quote_ending_its_sentence_does_not_take_the_next_sentences_speaker() {
    let text = "Japan branded North Korea an “outlaw nation in the neighborhood.” Russia insisted that Pyongyang “stop its dangerous escapades.”";
    expect_test::expect![[r#"
        Partial Japan <- Japan | outlaw nation in the neighborhood. | branded
        Partial Russia <- Russia | stop its dangerous escapades. | insisted
    "#]]
    .assert_eq(&run(text, "2016-09-10"));
}

#[test]
fn words_woven_into_a_narrative_paragraph_do_not_continue_an_earlier_speaker() {
    let text = "“We will win,” said Senator John Smith.\n\nProtesters marching through the streets chanted “What curfew?” and kept going.\n\nThe two leaders discussed the “impressive” prospects for ties, the Kremlin has said.";
    expect_test::expect![[r#"
        Direct John Smith <- Senator John Smith | We will win, | said
        Partial Protesters <- Protesters | What curfew? | chanted
        Partial Kremlin <- the Kremlin | impressive | said
    "#]]
    .assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn headings_and_titles_of_works_in_quotes_are_not_statements() {
    // Also a title after a word for a part of a work ("a preview clip of") or one that "was
    // written"; but chants are words said.
    let text = "“We will win,” said Senator John Smith.\n\n‘Coal Isn’t the Villain.’\n\nIn his 2002 book, “Make Your Kid a Millionaire,” Mr. Smith suggested saving early. He hosts the “Keepin’ It Real” radio program.\n\nIn a preview clip of ‘The 411,’ Blige sings to Clinton. “American Skin (41 Shots)” was written by Bruce Springsteen. Protesters responded with chants of “Feel the Bern!”";
    expect_test::expect![[r#"
        Direct John Smith <- Senator John Smith | We will win, | said
        Indirect John Smith <- Mr. Smith | saving early | suggested
        Partial Protesters <- Protesters | Feel the Bern! | chants
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_quote_paragraph_goes_on_with_the_speaker_of_a_reported_clause_before_it() {
    let text = "Senator John Smith told MSNBC on Friday that nobody would question her intelligence.\n\n“I think what she has got to do is contrast.”\n\nWhen Mary Jones noted that he had paid no tax, Smith boasted, “That makes me smart.”";
    expect_test::expect![[r#"
        Indirect John Smith <- Senator John Smith | nobody would question her intelligence | told
        Direct John Smith <- Senator John Smith | I think what she has got to do is contrast. | 
        Indirect Mary Jones <- Mary Jones | he had paid no tax | noted
        Direct John Smith <- Smith | That makes me smart. | boasted
    "#]]
    .assert_eq(&run(text, "2016-09-16"));
}

#[test]
fn headline_forms_with_the_colon_away_from_the_quote_or_a_capitalised_cue() {
    let text = "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President.’\n\nDonald Trump Praises Political Editor Matthew Boyle: ‘Very Good Reporter.’\n\nGillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’";
    expect_test::expect![[r#"
        Partial Ben Carson <- Dr. Ben Carson | Not Fit To Serve As President. | 
        Direct Donald Trump <- Donald Trump | Very Good Reporter. | Praises
        Direct Gillibrand <- Gillibrand | I Think She Will. | 
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn a_quote_after_a_sentence_with_a_speaker_and_no_cue_of_its_own() {
    let text = "“We will win,” said Senator John Smith.\n\nHis former partner, Lawrence B. Cummings, called him a master of deals. “He showed again and again an ability to close.”\n\nThe spot ends with footage of Smith saying, “That makes me smart,” when Cummings blasted him.\n\nPat Caddell: Democrat Voters Worried About Smith; It’s ‘in Their Heads.’";
    expect_test::expect![[r#"
        Direct John Smith <- Senator John Smith | We will win, | said
        Indirect Lawrence B. Cummings <- Lawrence B. Cummings | him a master of deals | called
        Direct Lawrence B. Cummings <- Lawrence B. Cummings | He showed again and again an ability to close. | 
        Direct John Smith <- Smith | That makes me smart, | saying
        Indirect Lawrence B. Cummings <- Cummings | him | blasted
        Partial Pat Caddell <- Pat Caddell | in Their Heads. | 
    "#]]
    .assert_eq(&run(text, "2016-10-02"));
}

#[test]
fn a_common_noun_after_the_cue_a_coordinated_verb_and_a_lone_surname_that_speaks() {
    let text = "“A state cannot avoid the conclusion,” said the ruling.\n\nScott beamed and asked the crowd to welcome the governor - “my new best friend.”\n\nHowever, 63 percent said she was “justified” in waiting.\n\nDuVernay said she felt the amendment was worth examining because “most people don’t know about that loop-hole,” she said.";
    expect_test::expect![[r#"
        Direct ruling <- the ruling | A state cannot avoid the conclusion, | said
        Direct Scott <- Scott | my new best friend. | asked
        Partial 63 percent <- 63 percent | justified | said
        Partial DuVernay <- she | most people don’t know about that loop-hole, | said
    "#]]
    .assert_eq(&run(text, "2016-10-07"));
}

#[test]
fn it_and_they_stand_for_the_organisation_opening_the_sentence_and_though_is_no_name() {
    let text = "The Kremlin on Friday pledged to respond to what it called “a clear threat to peace.”\n\nSenator Mary Jones spoke on Tuesday. Though she called the behavior “outrageous,” she said little more.";
    expect_test::expect![[r#"
        Indirect Kremlin <- Kremlin | to respond to what it called | pledged
        Partial Kremlin <- it | a clear threat to peace. | called
        Partial Mary Jones <- she | outrageous, | said
    "#]]
    .assert_eq(&run(text, "2016-09-10"));
}

#[test]
fn the_subject_of_an_introducing_sentence_without_a_cue_and_a_plural_noun_after_an_adjective() {
    let text = "On July 6, 2015, Senator John Smith made the following comment:\n\n“For young people, the unemployment rate is 33 percent.”\n\nThe site described 32% of Republican promises as “false” or “pants on fire,” compared to 11% of Democratic claims.";
    expect_test::expect![[r#"
        Direct John Smith <- Senator John Smith | For young people, the unemployment rate is 33 percent. | 
        Partial site <- The site | false … pants on fire, | described
    "#]]
    .assert_eq(&run(text, "2016-09-26"));
}

#[test]
fn inverted_openings_closing_appositions_possessive_subjects_and_signatures() {
    let text = "Carson’s business manager, Armstrong Williams, stated: “He was so sad about it.”\n\n“We are happy” about the decision, said RoseAnn DeMoro, executive director of National Nurses United, a union.\n\nThe home was renovated. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”\n\n“Great speech. She is tested.”\n\n-President Obama, tweeting after the speech.";
    expect_test::expect![[r#"
        Direct Armstrong Williams <- Armstrong Williams | He was so sad about it. | stated
        Direct RoseAnn DeMoro <- RoseAnn DeMoro | We are happy | said
        Direct Dorothy Poynter <- Dorothy Poynter | We were all so proud of him. | Said
        Direct Barack Obama <- President Obama | Great speech. She is tested. | -
    "#]]
    .assert_eq(&run(text, "2016-07-29"));
}

#[test]
fn common_noun_speakers_after_the_cue_or_with_a_possessive_and_a_parenthesis_before_a_colon() {
    let text = "“The decision matrix is like choosing how to die,” said one person with knowledge of the dilemma.\n\n“He is a politician selling his own brand of fiction,” the paper’s editorial board wrote.\n\nRep. Trey Gowdy (R-S.C.): “I have not heard anyone other than you cite that figure.”";
    expect_test::expect![[r#"
        Direct one person <- one person | The decision matrix is like choosing how to die, | said
        Direct paper’s editorial board <- the paper’s editorial board | He is a politician selling his own brand of fiction, | wrote
        Direct Trey Gowdy <- Rep. Trey Gowdy | I have not heard anyone other than you cite that figure. | 
    "#]]
    .assert_eq(&run(text, "2016-09-20"));
}

#[test]
fn datelines_coordinated_participles_and_capitalised_prepositions_are_no_subjects() {
    let text = "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to the senator.\n\nRepublicans were quick to chime in, with Donald Trump tweeting that it was a “disaster” and asking, “How can someone with such bad judgement be our next president?”\n\nOutside the arena, about 200 protesters gathered, chanting “Dump Trump.”";
    expect_test::expect![[r#"
        Indirect Democratic National Committee <- Democratic National Committee | a statement on Monday | released
        Partial Democratic National Committee <- Democratic National Committee | a deep and sincere apology | offering
        Partial Donald Trump <- Donald Trump | disaster | tweeting
        Direct Donald Trump <- Donald Trump | How can someone with such bad judgement be our next president? | asking
    "#]]
    .assert_eq(&run(text, "2016-07-25"));
}

#[test]
fn a_participle_takes_the_nearest_clause_subject_and_a_noun_modifier_is_no_participle() {
    let text = "The former president spoke hours after Mr. Smith, who leads in polls here, held a news conference in which he continued his assault on the governor, mocking his famous “Mission Accomplished” appearance.\n\nMoscow, he said, will “propose” a “memorandum” outlining the framework for “a possible future peace treaty”.";
    expect_test::expect![[r#"
        Indirect Smith <- he | his assault on the governor | continued
        Partial Smith <- he | Mission Accomplished | mocking
        Partial Smith <- he | propose … memorandum … a possible future peace treaty | said
    "#]]
    .assert_eq(&run(text, "2016-02-15"));
}

#[test]
fn common_noun_phrases_and_quantities_are_sources() {
    let text = "The company said its profits had doubled. Several senators said they would vote against the bill. About 46 percent of voters said the economy was their top concern. A new study found that commuters sleep less. The affidavit stated the officer had seen the car.";
    expect_test::expect![[r#"
        Indirect company <- The company | its profits had doubled | said
        Indirect Several senators <- Several senators | they would vote against the bill | said
        Indirect About 46 percent of voters <- About 46 percent of voters | the economy was their top concern | said
        Indirect new study <- A new study | commuters sleep less | found
        Indirect affidavit <- The affidavit | the officer had seen the car | stated
    "#]].assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_noun_before_a_cue_word_is_no_source() {
    let text =
        "Her private email server was shut down in March. The pension plan covers every worker.";
    expect_test::expect![[r#""#]].assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_relative_pronoun_speaks_for_its_antecedent() {
    let text = "The mayor, who said the budget was balanced, resigned on Friday. Voters who backed the measure and marched downtown were pleased.";
    expect_test::expect![[r#"
        Indirect mayor <- who | the budget was balanced | said
        Indirect Voters <- who | the measure | backed
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_bare_clause_after_a_verb_of_saying() {
    let text = "Officials said smugglers dig tunnels under the river. She said it’s too early to decide. Christie said that was part of the job.";
    expect_test::expect![[r#"
        Indirect Officials <- Officials | smugglers dig tunnels under the river | said
        Indirect  <- She | it’s too early to decide | said
        Indirect Chris Christie <- Christie | that was part of the job | said
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn speech_reported_inside_a_clause_is_a_statement_too() {
    let text = "The senator said aides had told him the vote would fail. Ms. Ruiz noted that the plan was popular, and 40 members have said they support it.";
    expect_test::expect![[r#"
        Indirect senator <- The senator | aides had told him the vote would fail | said
        Indirect aides <- aides | the vote would fail | told (reported by senator)
        Indirect Ruiz <- Ms. Ruiz | the plan was popular | noted
        Indirect 40 members <- 40 members | they support it | said
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_content_ends_where_the_subject_acts_again() {
    let text = "She criticized the plan and challenged the mayor to a debate. He insists the party must change, and has championed a new agenda. The governor vetoed the bill, saying it cost too much.";
    expect_test::expect![[r#"
        Indirect  <- She | the plan | criticized
        Indirect  <- She | the mayor to a debate | challenged
        Indirect  <- He | the party must change | insists
        Indirect  <- He | a new agenda | championed
        Indirect governor <- The governor | the bill | vetoed
        Indirect governor <- The governor | it cost too much | saying
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn the_sentence_subject_serves_a_second_verb_and_a_long_apposition() {
    let text = "He paused and declared that the race was over. Maria Lopez, a teacher at the largest school in the county for twenty years, said the district needs more money. Trump demands accountability, yet refuses to release his tax records.";
    expect_test::expect![[r#"
        Indirect  <- He | the race was over | declared
        Indirect Maria Lopez <- Maria Lopez | the district needs more money | said
        Indirect Donald Trump <- Trump | accountability | demands
        Indirect Donald Trump <- Trump | to release his tax records | refuses
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn infinitives_after_stance_verbs() {
    let text = "The campaign declined to comment. Mr. Ortiz went on to endorse the governor. The union endorsed her on Monday.";
    expect_test::expect![[r#"
        Indirect campaign <- The campaign | to comment | declined
        Indirect Ortiz <- Mr. Ortiz | the governor | endorse
        Indirect union <- The union | her on Monday | endorsed
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_source_and_a_colon_open_a_paragraph() {
    let text = "Poll: Most voters want a new approach to trade.\n\nUpdate: The article was changed on Monday.";
    expect_test::expect![[r#"
        Indirect Poll <- Poll | Most voters want a new approach to trade | :
        Indirect Most voters <- Most voters | a new approach to trade | want (reported by Poll)
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn title_case_headlines_have_capitalised_cues() {
    let text =
        "Senator Warren Slams Bank Chiefs Over Hidden Fees\n\nThe hearing lasted four hours.";
    expect_test::expect![[r#"
        Indirect Elizabeth Warren <- Senator Warren | Bank Chiefs Over Hidden Fees | Slams
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn according_to_and_closing_attributions_with_common_nouns() {
    let text = "According to a new survey, most parents support longer school days. Turnout was the highest in decades, according to state election records. The plan will fail, said Jane Roe, an economist at the university.";
    expect_test::expect![[r#"
        Indirect new survey <- a new survey | most parents support longer school days | According to
        Indirect most parents <- most parents | longer school days | support (reported by new survey)
        Indirect state election records <- state election records | Turnout was the highest in decades | according to
        Indirect Jane Roe <- Jane Roe | The plan will fail | said
    "#]].assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_cue_keeps_its_clause_when_a_quote_before_took_it_and_subordinate_clauses_end_at_their_comma() {
    let text = "Walking into the hall, the senator said his team was “closing strong.” He noted that volunteers had come from far away.\n\nAlthough in March she said the plan was dead, she revived it in May.";
    expect_test::expect![[r#"
        Partial senator <- the senator | closing strong. | said
        Indirect  <- He | volunteers had come from far away | noted
        Indirect  <- she | the plan was dead | said
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_title_before_a_misspelt_surname_is_the_person_of_that_surname() {
    let text = "Donald Trump and Vladimir Putin spoke on Monday. Mr Putin and Mr rump talked about a Russia-US prisoner exchange. Mr bump said nothing.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- Mr rump | a Russia-US prisoner exchange | talked
    "#]]
    .assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn adverbs_between_subject_and_cue_and_a_letter_that_reads() {
    let text = "My mother has softened with age, but even now at 86 she still says things such as, “We’re not all meant to be equal, you know.”\n\n“We see charter schools offering parents hope,” the letter reads.";
    expect_test::expect![[r#"
        Direct  <- she | We’re not all meant to be equal, you know. | says
        Direct letter <- the letter | We see charter schools offering parents hope, | reads
    "#]]
    .assert_eq(&run(text, "2016-10-03"));
}

#[test]
fn a_quote_set_off_by_dashes_after_a_name_and_an_as_clause_after_a_quote() {
    let text = "Prominent Republicans have said the same thing, including the former candidate Mitt Romney — “It is disqualifying to refuse to release tax returns” — and others.\n\nThe primary requirement is a “lawful source of investment income,” as a Homeland Security memo put it.";
    expect_test::expect![[r#"
        Indirect Republican Party <- Republicans | the same thing | have said
        Direct Mitt Romney <- Mitt Romney | It is disqualifying to refuse to release tax returns | —
        Partial Homeland Security memo <- a Homeland Security memo | lawful source of investment income, | put it
    "#]]
    .assert_eq(&run(text, "2016-09-30"));
}

#[test]
fn a_quote_after_a_colon_with_no_cue_takes_the_clause_subject() {
    let text = "The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”";
    expect_test::expect![[r#"
        Direct piece <- The piece | Finally. Someone who thinks like me. | 
    "#]]
    .assert_eq(&run(text, "2016-10-02"));
}

#[test]
fn a_subject_with_a_participle_phrase_before_the_cue() {
    let text = "Protesters marching through the streets chanted “What curfew?” and kept going.";
    expect_test::expect![[r#"
        Partial Protesters <- Protesters | What curfew? | chanted
    "#]]
    .assert_eq(&run(text, "2016-09-25"));
}

#[test]
fn an_inverted_acronym_a_question_after_the_cue_and_naming_with_call() {
    let text = "Growth is slowing in rich countries, the IMF said on Tuesday.\n\nTrump explained how the plan would work.\n\nThe campaign called the charges false and fabricated. Trump called Putin on Tuesday.\n\nTrump’s running mate, Mike Pence, said he would release his returns.";
    expect_test::expect![[r#"
        Indirect IMF <- IMF | Growth is slowing in rich countries | said
        Indirect Donald Trump <- Trump | how the plan would work | explained
        Indirect campaign <- The campaign | the charges false | called
        Indirect Mike Pence <- Mike Pence | he would release his returns | said
    "#]]
    .assert_eq(&run(text, "2016-10-05"));
}

#[test]
fn a_stance_in_an_opening_phrase_and_a_dash_after_an_object_are_not_attributions() {
    let text = "With Democratic leaders increasingly worried about turnout, President Obama is rolling out a personal message: “It’s about me.”\n\nMr. King said Mr. Schultz has recently seemed supportive of Mr. Trump -- “a completely different Ed Schultz to me.”";
    expect_test::expect![[r#"
        Direct Barack Obama <- President Obama | It’s about me. | 
        Direct King <- Mr. King | a completely different Ed Schultz to me. | said
    "#]]
    .assert_eq(&run(text, "2016-09-19"));
}

#[test]
fn an_opening_adverbial_phrase_is_not_what_the_subject_said() {
    let text = "In their last phone call, on March 18, Putin agreed to a ceasefire.\n\nIn his state, Christie said, drug offenders are sent to treatment.\n\nIn Iowa, the race is tight, Putin said.";
    expect_test::expect![[r#"
        Indirect Chris Christie <- Christie | In his state … drug offenders are sent to treatment | said
        Indirect Vladimir Putin <- Putin | In Iowa, the race is tight | said
    "#]].assert_eq(&run(text, "2016-10-05"));
}

#[test]
fn the_passive_a_time_before_the_object_and_stance_verbs_beyond_saying() {
    let text = "Clinton is expected to win the debate. A majority of voters expect Clinton to win it.\n\nHillary Clinton spoke out Tuesday about the death of Terence Crutcher.\n\nDonald Trump is doubling down on his attacks on a former Miss Universe. Cruz credited his staff with the win.\n\nRepublicans led the way, as shown by his 1994 “Contract with America.”";
    expect_test::expect![[r#"
        Indirect majority of voters <- A majority of voters | Clinton to win it | expect
        Indirect Hillary Clinton <- Hillary Clinton | the death of Terence Crutcher | spoke out
        Indirect Donald Trump <- Donald Trump | his attacks on a former Miss Universe | doubling down on
        Indirect Donald Trump <- his | a former Miss Universe | attacks
        Indirect Ted Cruz <- Cruz | his staff with the win | credited
    "#]].assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn phrases_times_and_adverbs_between_subject_cue_and_content() {
    let text = "Clinton says at a campaign stop in Toledo, Ohio, that the plan means nothing. A lawyer, David Schulz, said no immediate decision had been made. An arbitration panel in 2001 found the United States was in breach of the agreement. Trump said after the convention he would not accept the endorsement. The judge rejected that argument, and the senator spoke emotionally of his flights across the Mall.";
    expect_test::expect![[r#"
        Indirect Hillary Clinton <- Clinton | the plan means nothing | says
        Indirect David Schulz <- David Schulz | no immediate decision had been made | said
        Indirect arbitration panel <- An arbitration panel | the United States was in breach of the agreement | found
        Indirect Donald Trump <- Trump | he would not accept the endorsement | said
        Indirect judge <- The judge | that argument | rejected
        Indirect senator <- the senator | his flights across the Mall | spoke
    "#]].assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_relative_who_a_new_sentence_part_and_a_participle_after_an_opening_phrase() {
    let text = "She said fathers and parents who adopt would not be eligible for leave, and when pressed on why, the spokeswoman replied, “It is meant to benefit everyone.” On Thursday, however, Trump spoke to industry leaders, promising to lift environmental regulations.";
    expect_test::expect![[r#"
        Indirect  <- She | fathers and parents who adopt would not be eligible for leave | said
        Direct spokeswoman <- the spokeswoman | It is meant to benefit everyone. | replied
        Indirect Donald Trump <- Trump | to lift environmental regulations | promising
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn an_object_ends_at_an_adverbial_clause_and_no_subject_opens_with_of_or_a_comma() {
    let text = "The council condemned the missile launch while the leaders of the G-20 met in China. The migration crisis swept millions into Europe, fueling worries that the union was a burden.";
    expect_test::expect![[r#"
        Indirect council <- The council | the missile launch | condemned
    "#]]
    .assert_eq(&run(text, "2016-05-02"));
}

#[test]
fn a_statement_inside_a_reported_clause_is_reported_by_its_speaker() {
    let text = "Ushakov told reporters that the leaders had not discussed a timeline, but that Trump had stressed his interest in reaching agreements quickly. Zelensky said he had insisted that Ukraine was ready.";
    expect_test::expect![[r#"
        Indirect Yuri Ushakov <- Ushakov | the leaders had not discussed a timeline, but that Trump had stressed his interest in reaching agreements quickly | told
        Indirect Donald Trump <- Trump | his interest in reaching agreements quickly | stressed (reported by Yuri Ushakov)
        Indirect Volodymyr Zelensky <- Zelensky | he had insisted that Ukraine was ready | said
        Indirect Volodymyr Zelensky <- he | Ukraine was ready | insisted
    "#]].assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn a_person_spoken_to_is_not_what_the_tagger_reports() {
    // Without the addressee check the learned tagger reported "to industry leaders".
    let text = "Mr Trump spoke to industry leaders on Tuesday.";
    expect_test::expect![""].assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn a_group_speaks_not_the_object_of_its_phrase() {
    let text = "Officials in Kiev said the talks would resume on Monday. Two people familiar with the matter said the deal was close. Experts on North Korea and nuclear nonproliferation said the test could change that. Mr. Morgan of the Sierra Club said the rule was too weak. About 46 percent of voters said: “The economy is the issue.”";
    expect_test::expect![[r#"
        Indirect Officials in Kiev <- Officials in Kiev | the talks would resume on Monday | said
        Indirect Two people familiar with the matter <- Two people familiar with the matter | the deal was close | said
        Indirect Experts on North Korea and nuclear nonproliferation <- Experts on North Korea and nuclear nonproliferation | the test could change that | said
        Indirect Morgan <- Mr. Morgan | the rule was too weak | said
        Direct About 46 percent of voters <- About 46 percent of voters | The economy is the issue. | said
    "#]]
    .assert_eq(&run(text, "2016-09-10"));
}

#[test]
fn sources_with_numbers_slashes_participles_and_possessors() {
    let text = "The officer was not wearing a recording device, police said. Mr. Clarke's work has been meeting standards, one West Virginia official said. The Reuters/Ipsos poll shows that Clinton leads Sanders. The poll released Friday shows that Clinton leads Trump. Debates are not likely to alter the campaign, noted NBC's Dante Chinni. The refusal did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room.";
    expect_test::expect![[r#"
        Indirect police <- police | The officer was not wearing a recording device | said
        Indirect one West Virginia official <- one West Virginia official | Mr. Clarke's work has been meeting standards | said
        Indirect Reuters/Ipsos poll <- The Reuters/Ipsos poll | Clinton leads Sanders | shows
        Indirect poll <- The poll | Clinton leads Trump | shows
        Indirect Dante Chinni <- Dante Chinni | Debates are not likely to alter the campaign | noted
        Indirect one GOP source <- one GOP source | The refusal did not go over well with Republicans, and the meeting deteriorated from there | said
    "#]]
    .assert_eq(&run(text, "2016-09-10"));
}

#[test]
fn a_clause_before_a_quote_in_its_sentence_is_its_own_statement() {
    let text = "She said fathers who adopt would not be eligible for the leave, and when pressed on why, Ivanka Trump replied, \"It's meant to benefit the mother.\" O'Neill said officials are in possession of video that shows the explosion.";
    expect_test::expect![[r#"
        Indirect  <- She | fathers who adopt would not be eligible for the leave | said
        Direct Ivanka Trump <- Ivanka Trump | It's meant to benefit the mother. | replied
        Indirect O'Neill <- O'Neill | officials are in possession of video that shows the explosion | said
    "#]]
    .assert_eq(&run(text, "2016-09-10"));
}

/// The subject–verb clauses the clause classifier judges in `text`, as `source | cue`.
fn clause_candidates(text: &str) -> String {
    with_context(text, None, |ctx, gazetteer| {
        Attributor::new(gazetteer)
            .clause_candidates(ctx)
            .iter()
            .map(|c| format!("{} | {}\n", &text[c.source.clone()], &text[c.cue.clone()]))
            .collect()
    })
}

#[test]
fn clause_candidates_are_subjects_with_their_verb_chains() {
    // A plural noun before a verb is its subject; a verb after a possessive is a noun; a
    // particle belongs to its verb; auxiliaries and adverbs join the chain; a negated verb of
    // saying and a verb opening its content are no candidates, but other negated chains are.
    let text = "Independent analyses agree the top earners would gain most. His infamous remarks \
                about voters hurt him. Amelize Joseph loves the public school her daughter \
                attends. State regulators have also firmly ruled out a new permit. Trump did \
                not comment on the attacks. The deal, Ms Lee reported, collapsed in May. The \
                IMF did not single out his proposals.";
    expect_test::expect![[r#"
        Independent analyses | agree
        Amelize Joseph | loves
        State regulators | have also firmly ruled out
        IMF | did not single out
    "#]]
    .assert_eq(&clause_candidates(text));
}

#[test]
fn clause_candidates_find_subjects_past_asides_and_coordination() {
    // A bare verb after a plural subject; the subject before an aside in commas or
    // parentheses; a second verb phrase shares the first one's subject, and the first one's
    // content ends before it; "no one" is a subject. A plural after a quantifier or an
    // adjective may still pass for a verb ("Many | colleges"): the classifier weighs those.
    let text = "Many critics see the program as a loophole. North Korea's fifth test, its second \
                this year, drew a sharp response. Many colleges (private ones, in \
                particular) offer merit aid to students. The senator backed the bill and \
                scheduled a vote on it. No one expected a long debate.";
    expect_test::expect![[r#"
        North Korea's fifth test | drew
        Many | colleges
        private | ones
        Many colleges | offer
        The senator | scheduled
        No one | expected
    "#]]
    .assert_eq(&clause_candidates(text));
}

#[test]
fn clause_candidates_read_a_clitic_after_a_pronoun_as_an_auxiliary() {
    // "he’s promoted" is "he has promoted" and "They’d backed" "They had backed", while
    // "Korea’s claims" stays a possessive.
    let text = "Though he’s promoted some supplements, the doctor denied any wrongdoing. North \
                Korea’s claims worried Seoul. They’d backed the plan for years.";
    expect_test::expect![[r#"
        he | ’s promoted
        the doctor | denied
        They | ’d backed
    "#]]
    .assert_eq(&clause_candidates(text));
}

#[test]
fn the_clause_classifier_adds_stances_beyond_verbs_of_saying() {
    // What the trained classifier (data/clauses.bin) accepts: stances and acts of a source
    // as PolNeAR annotates them, and a phrase after a verb of saying that takes a clause
    // ("boasted of scoring a point"), not the company's move, a thought's noun phrase
    // ("assumed the presidency") nor whom one spoke to. Retraining may change these lines.
    let text = "Ukraine signed an agreement with the United States to exploit its minerals. Trump \
                raised expectations about the outcome of the talks. The senator has long opposed \
                the death penalty. Federal investigators uncovered attempts to infiltrate the \
                program. The governor vetoed the bill on Friday. The FBI recommended no charges \
                against her. Mr. Obama has previously made the case for Mrs. Clinton. He spent \
                months lobbing insults at his rival. The city imposed a curfew after the \
                protests. The company moved its headquarters to Texas. Putin, who reiterated his \
                overtures of peace while his bombs rained down, boasted of scoring a point. The \
                Republican assumed the presidency in January. Trump spoke to Zelensky.";
    expect_test::expect![[r#"
        Indirect Ukraine <- Ukraine | an agreement with the United States to exploit its minerals | signed
        Indirect Donald Trump <- Trump | expectations about the outcome of the talks | raised
        Indirect senator <- The senator | the death penalty | has long opposed
        Indirect Federal investigators <- Federal investigators | attempts to infiltrate the program | uncovered
        Indirect governor <- The governor | the bill on Friday | vetoed
        Indirect FBI <- FBI | no charges against her | recommended
        Indirect Barack Obama <- Mr. Obama | the case for Mrs. Clinton | has previously made
        Indirect Vladimir Putin <- who | his overtures of peace while his bombs rained down | reiterated
        Indirect Vladimir Putin <- Putin | of scoring a point | boasted
    "#]].assert_eq(&run(text, "2016-09-20"));
    // Without the classifier, only what the rules and the tagger find.
    expect_test::expect![[r#"
        Indirect Ukraine <- Ukraine | an agreement with the United States to exploit its minerals | signed
        Indirect Donald Trump <- Trump | the outcome of the talks | raised expectations about
        Indirect FBI <- FBI | no charges against her | recommended
        Indirect Vladimir Putin <- who | his overtures of peace while his bombs rained down | reiterated
        Indirect Vladimir Putin <- who | scoring a point | boasted of
    "#]]
    .assert_eq(&run_with(text, "2016-09-20", false));
}

#[test]
fn a_lone_word_that_is_no_noun_is_no_speaker() {
    // "perhaps" and "About" are not who spoke; "peacekeepers" and "someone" may be. A verb
    // opening a sentence is no name ("Keeps", "Don’t"), though a name may look like one
    // ("Manning"). "The two" and "the two leaders" name no one; "two officials" are
    // sources.
    let text = "In the spin room, the aides were complimentary, perhaps recognizing that imitation \
                is the best form of flattery. Elsewhere, peacekeepers reported that the border was \
                calm. Keeps saying she opposed the war, when there are clips of her supporting it. \
                Don’t blame this on President Bush. Manning said the leak was justified. Trump \
                called Putin, and the two discussed expanding trade once the war is over. In March \
                the two leaders agreed to a ceasefire. Two officials said the call went well.";
    expect_test::expect![[r#"
        Indirect peacekeepers <- peacekeepers | the border was calm | reported
        Indirect Manning <- Manning | the leak was justified | said
        Indirect Two officials <- Two officials | the call went well | said
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn word_classes_group_verbs_used_alike() {
    // The embedded table (`cargo xtask clusters`) puts verbs of saying together and apart
    // from verbs of acting on someone; rare words have no class.
    let lexicon = whosaid_attribute::Lexicon::embedded();
    let said = lexicon.cluster("said");
    assert!(said.is_some());
    assert_eq!(lexicon.cluster("argued"), said);
    assert_eq!(lexicon.cluster("warned"), said);
    assert_eq!(lexicon.cluster("criticized"), lexicon.cluster("denounced"));
    assert_ne!(lexicon.cluster("criticized"), said);
    assert_eq!(lexicon.cluster("zzyzx"), None);
}

#[test]
fn objects_clause_subjects_and_sources_named_with_their_organisation() {
    // Only a verb that takes a listener takes a name after it as one: "found Trump would
    // …" reports a clause about Trump, after an opening subordinate clause too. A noun
    // phrase whose only verb comes after "and" is the cue's object ("outlined his plan and
    // vowed …"). A person "at" or "from" an organisation speaks for themselves, and a plural
    // possessive belongs to its noun phrase ("the teachers’ union"). A quoted title in a
    // clause leaves the clause to its cue.
    let text = "Though his plan would cut taxes, one study found Trump would actually raise taxes \
                on millions of Americans. The nominee also outlined his cybersecurity plan and \
                vowed to punish leakers. Dan McLaughlin at the National Review said the debate \
                was a draw. The teachers’ union endorsed Clinton on Friday. Clinton stressed her \
                record during a “Commander-in-Chief Forum” sponsored by NBC News.";
    expect_test::expect![[r#"
        Indirect one study <- one study | Trump would actually raise taxes on millions of Americans | found
        Indirect nominee <- The nominee | his cybersecurity plan | outlined
        Indirect nominee <- The nominee | to punish leakers | vowed
        Indirect Dan McLaughlin <- Dan McLaughlin | the debate was a draw | said
        Indirect teachers’ union <- The teachers’ union | Clinton on Friday | endorsed
        Indirect Hillary Clinton <- Clinton | her record during a “Commander-in-Chief Forum” sponsored by NBC News | stressed
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn coordinated_and_participle_cues_share_the_sentence_subject() {
    // A quote after "and repeatedly says," is the sentence subject's, and the object of the
    // cue before it ends at the "and". Words quoted in an opening participle's phrase are the
    // participle's, which leaves the main verb its own statement. A comma inside a quote's
    // marks still hands a participle the main clause's subject. A paper's own report before
    // the clause it reports stays a statement.
    // A clause that ends at a participle before a quote is the cue's own.
    let text = "She urges her husband to come out of the car and repeatedly says, “Don’t you do \
                it,” until gunshots are heard. Christie repeated accusations that Rubio recites \
                the same points, calling him a “talented guy.” Bemoaning the “phony system,” Trump accused Holt \
                of being a Democrat. Lynch agreed to an interview on “Women in Power,” answering \
                questions about how gender has affected her life. The Times on Saturday wrote \
                that Trump had claimed a loss of $916 million in 1995.";
    expect_test::expect![[r#"
        Indirect  <- She | her husband to come out of the car | urges
        Direct  <- She | Don’t you do it, | says
        Indirect Chris Christie <- Christie | Rubio recites the same points | repeated
        Partial Chris Christie <- Christie | talented guy. | repeated
        Partial Donald Trump <- Trump | phony system, | Bemoaning
        Indirect Donald Trump <- Trump | Holt of being a Democrat | accused
        Indirect Lynch <- Lynch | questions about how gender has affected her life | answering
        Indirect The Times <- The Times | Trump had claimed a loss of $916 million in 1995 | wrote
        Indirect Donald Trump <- Trump | a loss of $916 million in 1995 | claimed (reported by The Times)
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn numbers_places_and_infinitives_inside_objects() {
    // "12,000" is one number, "Tulsa, Okla.," one place and ", 63," an age: none of their
    // commas ends an object. A time after an inverted cue still closes the sentence, and a
    // quote another cue introduces leaves the inverted report alone. An opening phrase
    // before the subject does not make the cue inverted. A source noun may end in -ing
    // ("polling"), and a participle after a dash shares the sentence's subject.
    // An infinitive after the cue is its object even when a phrase and a comma stand
    // before the subject, also in a title-case headline.
    let text = "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Developers\n\n\
                The state incorrectly stated that about 12,000 registered voters were ex-cons. \
                Clinton criticized Tulsa, Okla., police officer Betty Shelby for shooting Terence \
                Crutcher. After the vote, the governor vowed to veto the bill. On Monday, a new \
                poll showed Trump with a lead. Mateen left as soon as prayers were finished, \
                Nefzi said Friday, adding, “He was not very religious.” The Kremlin ordered the \
                release of Mark Folger, 63, sentenced to 14 years in prison. The same polling \
                suggests that Trump could do well. Schultz dismissed the accusations — saying \
                the campaign chose not to accept the same help.";
    expect_test::expect![[r#"
        Indirect Bernie Sanders <- Sanders | To Eliminate Tax Breaks Used By Developers | Vows
        Indirect state <- The state | about 12,000 registered voters were ex-cons | stated
        Indirect Hillary Clinton <- Clinton | Tulsa, Okla., police officer Betty Shelby for shooting Terence Crutcher | criticized
        Indirect governor <- the governor | to veto the bill | vowed
        Indirect new poll <- a new poll | Trump with a lead | showed
        Indirect Nefzi <- Nefzi | Mateen left as soon as prayers were finished | said
        Direct Nefzi <- Nefzi | He was not very religious. | adding
        Indirect Kremlin <- Kremlin | the release of Mark Folger, 63, sentenced to 14 years in prison | ordered
        Indirect same polling <- The same polling | Trump could do well | suggests
        Indirect Schultz <- Schultz | the accusations | dismissed
        Indirect Schultz <- Schultz | the campaign chose not to accept the same help | saying
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn a_clause_ends_at_the_next_act_before_a_quote() {
    // A clause that runs into a quote ends at the speaker's next act or a relative, so it
    // is not lost to the quote: "…, to which O'Malley interjected: “…”", "… and added,
    // “…”", "… and chiding the media for “…”", "“…,” claiming that …".
    let text = "She said that experts had determined her proposals were effective, to which \
                O'Malley interjected: “It's just not true.” Lazar said he welcomed extradition \
                and added, “I'll plead guilty.” Cruz praised Trump, stating there was a benefit \
                to having him in the race and chiding the media for “the little game.” Trump is \
                insisting that he has “expanded the party,” claiming that he is responsible for \
                higher turnout. According to early results of exit polls conducted for The \
                Associated Press and television networks, nearly half of voters were black. Other \
                bundlers said their networks of donors, almost exclusively men until a few years \
                ago, were now mostly women. Clinton is seen as more capable - 60 percent of voters \
                said she would be better at handling the issue. Clinton claimed victory in a \
                tweet.";
    expect_test::expect![[r#"
        Indirect  <- She | experts had determined her proposals were effective | said
        Direct Martin O'Malley <- O'Malley | It's just not true. | interjected
        Indirect Lazar <- Lazar | he welcomed extradition | said
        Direct Lazar <- he | I'll plead guilty. | added
        Indirect Ted Cruz <- Cruz | Trump | praised
        Indirect Ted Cruz <- Cruz | there was a benefit to having him in the race | stating
        Partial Ted Cruz <- Cruz | the little game. | chiding
        Partial Donald Trump <- Trump | expanded the party, | insisting
        Indirect Donald Trump <- Trump | he is responsible for higher turnout | claiming
        Indirect early results of exit polls conducted for The Associated Press and television networks <- early results of exit polls conducted for The Associated Press and television networks | nearly half of voters were black | According to
        Indirect Other bundlers <- Other bundlers | their networks of donors, almost exclusively men until a few years ago, were now mostly women | said
        Indirect 60 percent of voters <- 60 percent of voters | she would be better at handling the issue | said
        Indirect Hillary Clinton <- Clinton | victory | claimed
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn stances_stated_with_be() {
    // "has been critical of", "are afraid that", "is a staunch opponent of", "is against":
    // the subject's stance, with what follows as its content. A negated stance is none.
    // Admiring, comparing, seeing and viewing as, challenging, nominating, learning that and
    // focusing on are stances too. An average speaks for its polls, and an absolute phrase
    // after a comma ("with RealClearPolitics showing …") ends a clause. A quote
    // after a sentence whose only subject with a cue is a relative pronoun goes on with the
    // speaker before.
    let text = "Graham has been critical of Trump for months. Many Democrats are afraid that \
                turnout may be low. Kaine, who is a staunch opponent of the death penalty, \
                commuted the sentence. Sanders is against it. Clinton is not opposed to the \
                deal. The senator is certain of victory. Trump admires Putin as a “strong \
                leader,” comparing him favorably to President Obama. Many investors, who see \
                the program as an easy way to citizenship, apply. Critics view it as a giveaway. Critics challenged \
                the ruling.\n\n“These are strange days,” said Peter Morgan, a lawyer for the Sierra \
                Club, who has been challenging the coal industry. “I am skeptical.”\n\nObama \
                nominated Merrick Garland. Democrats learned that the vote would be delayed. The \
                campaign is focusing on Ohio. Polling averages show Clinton with a lead, with \
                RealClearPolitics showing her ahead 3 points. The deficit will grow this year, \
                the Congressional Budget Office reported on Tuesday -- a development that \
                injects new questions into the race.";
    expect_test::expect![[r#"
        Indirect Graham <- Graham | Trump for months | has been critical of
        Indirect Democratic Party <- Democrats | turnout may be low | are afraid that
        Indirect Tim Kaine <- who | the death penalty | is a staunch opponent of
        Indirect Bernie Sanders <- Sanders | it | is against
        Partial Donald Trump <- Trump | strong leader, | admires
        Indirect Donald Trump <- Trump | him favorably to President Obama | comparing
        Indirect Many investors <- who | the program as an easy way to citizenship | see
        Indirect Critics <- Critics | it as a giveaway | view
        Indirect Critics <- Critics | the ruling | challenged
        Direct Peter Morgan <- Peter Morgan | These are strange days, … I am skeptical. | said
        Indirect Sierra Club <- who | the coal industry | challenging
        Indirect Barack Obama <- Obama | Merrick Garland | nominated
        Indirect Democratic Party <- Democrats | the vote would be delayed | learned
        Indirect campaign <- The campaign | Ohio | focusing on
        Indirect Polling averages <- Polling averages | Clinton with a lead | show
        Indirect RealClearPolitics <- RealClearPolitics | her ahead 3 points | showing
        Indirect Congressional Budget Office <- Congressional Budget Office | The deficit will grow this year | reported
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn a_surname_in_ans_is_a_person_a_people_is_not() {
    // "Evans" can be the person a pronoun refers to; "African Americans", a demonym in the
    // plural, cannot.
    let text = "Randy Evans, a Republican lawyer, spoke first. He said the rules were clear.\n\n\
                Loretta Lynch met with African Americans in Charlotte. She said the talks went \
                well.";
    expect_test::expect![[r#"
        Indirect Randy Evans <- He | the rules were clear | said
        Indirect Loretta Lynch <- She | the talks went well | said
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn a_concession_or_occasion_after_the_content_is_not_said() {
    // ", although …", ", even as …", ", especially given …" and a subordinate clause after a
    // stance are the writer's; "at last week's forum" is where it was said.
    let text = "Trump claimed that paying no taxes was smart, although he again refused to \
                release his returns. Officials said the video should be released, even as \
                footage circulated widely. Graham has been critical of Trump since they both \
                ran. Trump cited the figure at last week's forum.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- Trump | paying no taxes was smart | claimed
        Indirect Donald Trump <- he | to release his returns | refused
        Indirect Officials <- Officials | the video should be released | said
        Indirect Graham <- Graham | Trump | has been critical of
        Indirect Donald Trump <- Trump | the figure | cited
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn shares_pairs_and_bare_verbs_make_subjects_and_clauses() {
    // A share ("six in 10", "more than 60 percent") and "both" with a noun are groups that
    // speak; "both" alone names no one. A bare verb after a plural subject makes a clause.
    let text = "More than six in 10 said they were not looking forward to the campaign. \
                More than 60 percent said they were unenthusiastic. Both presidential \
                candidates have opposed the trade deal. Both said the deal was bad. Hope \
                Hicks said the staffers read NDAs. On economic issues, 42% say they are \
                liberal.";
    expect_test::expect![[r#"
        Indirect More than six in 10 <- More than six in 10 | they were not looking forward to the campaign | said
        Indirect More than 60 percent <- More than 60 percent | they were unenthusiastic | said
        Indirect Both presidential candidates <- Both presidential candidates | the trade deal | opposed
        Indirect Hope Hicks <- Hope Hicks | the staffers read NDAs | said
        Indirect 42% <- 42% | they are liberal | say
    "#]]
    .assert_eq(&run(text, "2016-09-27"));
}

#[test]
fn a_modified_subject_after_the_content_still_reports_it() {
    // A determiner, a possessor or a modifier before the role ("a school spokesman", "the
    // prime minister's spokesman") keeps the subject closing the sentence, listener and
    // all; "people familiar with" a matter speak, not the matter.
    let text = "The deal is dead, a school spokesman told The Wall Street Journal. Cameron will \
                work with whoever is elected, the prime minister's spokesman said. A person \
                familiar with the talks on the deal says the discussion will focus on trade.";
    expect_test::expect![[r#"
        Indirect school spokesman <- a school spokesman | The deal is dead | told
        Indirect prime minister's spokesman <- the prime minister's spokesman | Cameron will work with whoever is elected | said
        Indirect person familiar with the talks on the deal <- A person familiar with the talks on the deal | the discussion will focus on trade | says
    "#]]
    .assert_eq(&run(text, "2016-05-16"));
}

#[test]
fn a_name_after_a_cue_that_takes_no_object_is_its_subject() {
    // Not the organisation before an aside in the content; an object cue keeps its object.
    let text = "Cruz also lacks support from his colleagues in Congress, whom he's alienated \
                with his rhetoric, said Larry Sabato, director of the center. A Fox News poll, \
                conducted by two firms, shows Sanders with 47 percent.";
    expect_test::expect![[r#"
        Indirect Larry Sabato <- Larry Sabato | Cruz also lacks support from his colleagues in Congress, whom he's alienated with his rhetoric | said
        Indirect Fox News poll <- A Fox News poll | Sanders with 47 percent | shows
    "#]]
    .assert_eq(&run(text, "2015-11-20"));
}

#[test]
fn an_abbreviation_may_end_a_sentence() {
    // "U.S." ends the first sentence where the segmenter starts the next one, but not before
    // a name it qualifies.
    let text = "Cox says Obama wants to prevent attacks in the U.S. He says Americans are \
                tired. Smith said U.S. President Trump was wrong.";
    expect_test::expect![[r#"
        Indirect Cox <- Cox | Obama wants to prevent attacks in the U.S. | says
        Indirect Cox <- He | Americans are tired | says
        Indirect Smith <- Smith | U.S. President Trump was wrong | said
    "#]]
    .assert_eq(&run(text, "2016-01-05"));
}

#[test]
fn a_quote_after_a_cue_and_that_stays_with_that_cue() {
    // Unless the next cue closes the sentence: then the later speaker says the whole.
    let text = "But even as Trump claimed on Tuesday that “General Petraeus got in trouble for \
                far less,” one of the former prosecutors said the two cases were different. \
                Polling shows that “the public is not comfortable with the military,” said \
                Sylke Tempel, an editor.";
    expect_test::expect![[r#"
        Partial Donald Trump <- Trump | General Petraeus got in trouble for far less, | claimed
        Indirect one of the former prosecutors <- one of the former prosecutors | the two cases were different | said
        Partial Sylke Tempel <- Sylke Tempel | the public is not comfortable with the military, | said
    "#]]
    .assert_eq(&run(text, "2016-07-05"));
}

#[test]
fn a_cue_after_a_quote_with_a_clause_of_its_own_is_not_the_quotes() {
    // "said the candidate could be …": the noun phrase after the cue is its clause's
    // subject, not an inverted speaker.
    let text = "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be \
                competitive in Pennsylvania. “We will win,” said the candidate.";
    expect_test::expect![[r#"
        Partial Paul Manafort <- Mr. Manafort | the unique magic of Trump, | citing
        Indirect Paul Manafort <- Mr. Manafort | the candidate could be competitive in Pennsylvania | said
        Direct candidate <- the candidate | We will win, | said
    "#]]
    .assert_eq(&run(text, "2016-04-23"));
}

#[test]
fn titles_and_listeners_around_an_inverted_cue() {
    // A title the name parser leaves out, a listener named by a common noun, a name after a
    // title closing the sentence.
    let text = "This includes a special force, Defense Secretary Ash Carter told a Senate panel \
                Wednesday. Michigan was only doing what 40 states already do, he told the court \
                in his filing. The group is $9 million short, said former Pennsylvania \
                governor Ed Rendell, who serves as chairman. Smith told the committee the plan \
                was dead. An analysis of PACs that have raised $1 million, shows Democratic \
                groups outpacing Republicans in recent weeks. The video shows him with his \
                hands in the air.";
    expect_test::expect![[r#"
        Indirect Ash Carter <- Defense Secretary Ash Carter | This includes a special force | told
        Indirect Ash Carter <- he | Michigan was only doing what 40 states already do | told
        Indirect Ed Rendell <- governor Ed Rendell | The group is $9 million short | said
        Indirect Smith <- Smith | the plan was dead | told
        Indirect video <- The video | him with his hands in the air | shows
    "#]]
    .assert_eq(&run(text, "2016-06-07"));
}

#[test]
fn a_subject_after_an_opening_word_and_a_speaker_who_goes_on() {
    // "Indeed," before a modified subject; "but added" ends what was said before a quote.
    let text = "Indeed, proponents of more controls on hate speech here say there is a direct \
                correlation to the vitriol. Suu Kyi said it was too early to congratulate \
                winners but added, \"I think you all have an idea of the results.\"";
    expect_test::expect![[r#"
        Indirect proponents <- proponents | there is a direct correlation to the vitriol | say
        Indirect Aung San Suu Kyi <- Suu Kyi | it was too early to congratulate winners | said
        Direct Aung San Suu Kyi <- Suu Kyi | I think you all have an idea of the results. | added
    "#]]
    .assert_eq(&run(text, "2015-11-10"));
}

#[test]
fn an_aside_between_dashes_and_a_passive_before_a_quote() {
    // The subject before an aside in dashes speaks; the subject of a passive ("has been
    // called") does not say the quoted words.
    let text = "The Supreme Court justice -- who has been involved in a scuffle with the \
                nominee -- said she regretted her remarks. Ginsburg — who spoke in June — said \
                she would stay out of it. Mehmet Oz — a surgeon and TV star — has been called \
                a charlatan by fellow physicians for promoting “quack” medical cures.";
    expect_test::expect![[r#"
        Indirect Supreme Court justice <- The Supreme Court justice | she regretted her remarks | said
        Indirect Ginsburg <- Ginsburg | she would stay out of it | said
    "#]]
    .assert_eq(&run(text, "2016-07-15"));
}

#[test]
fn closing_attributions_in_their_common_forms() {
    // A body named after a place, "there" before the cue, one word before a parenthetical
    // cue, a dash after a closing cue, and "at least" opening a clause.
    let text = "Consumer sentiment has been higher, the University of Michigan reported last \
                week. Polls there show Trump is trailing. Time, Mr. Pence added, was on their \
                side. Such a move could alienate his backers, Clinton allies believe — backers \
                she will need. Friday morning, CNN reported at least six planes filled the \
                skies.";
    expect_test::expect![[r#"
        Indirect University of Michigan <- University of Michigan | Consumer sentiment has been higher | reported
        Indirect Polls <- Polls | Trump is trailing | show
        Indirect Mike Pence <- Mr. Pence | Time … was on their side | added
        Indirect Clinton allies <- Clinton allies | Such a move could alienate his backers | believe
        Indirect CNN <- CNN | at least six planes filled the skies | reported
    "#]]
    .assert_eq(&run(text, "2016-01-01"));
}

#[test]
fn a_time_a_shows_title_and_an_apposition_around_a_closing_cue() {
    let text = "Former Rep. Chris Shays was pro John Kasich while the Ohio governor was in the \
                running, he said Wednesday morning on MSNBC’s “Morning Joe.” Smith said Monday \
                the plan was dead. Sanders remains committed to the race, his top aide, Tad \
                Devine, told The Huffington Post.";
    expect_test::expect![[r#"
        Indirect Chris Shays <- he | Former Rep. Chris Shays was pro John Kasich while the Ohio governor was in the running | said
        Indirect Smith <- Smith | the plan was dead | said
        Indirect Tad Devine <- Tad Devine | Sanders remains committed to the race | told
    "#]]
    .assert_eq(&run(text, "2016-08-10"));
}
