"""Rewrites that clean a report's text of what is not its event's place, before it is read.

:func:`cleaned_report` applies ``_REPORT_CLEANING``'s rewrites (of :mod:`mapper.gazetteer.parts`,
:mod:`~mapper.gazetteer.chat`, :mod:`~mapper.gazetteer.spoken` and the others) in turn, after a
quick look (``_CLEANING_CUE``) for a mark any of them needs: a new rewrite's cue goes there too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mapper.gazetteer.attribution import home_in_attribution
from mapper.gazetteer.chat import (
    email_body,
    message_text,
)
from mapper.gazetteer.interview import interview_answer
from mapper.gazetteer.offsets import (
    with_bearings_spelt,
    with_distance_in_digits,
    with_place_before_distance,
    with_place_said_to_lie,
)
from mapper.gazetteer.parts import (
    FOREIGN_PLACES,
    argued_from_event,
    asked_event_place,
    cited,
    coded_place,
    event_behind_market_news,
    form_answer,
    headline_place,
    imaged_place,
    incident_place,
    question_place,
    singled_out_place,
    struck_home_place,
    the_event_itself,
    unwrapped,
    what_the_check_found,
    with_areas_apart,
    with_bar_as_break,
    with_burmese_people_as_place,
    with_burmese_village_word,
    with_burmese_words_in_english,
    with_events_at_places,
    with_first_of_neighbours,
    with_great_river_travelled_unnamed,
    with_initials_apart,
    with_kind_and_township_unbracketed,
    with_kind_words_apart,
    with_lead_area_last,
    with_leading_place_set_apart,
    with_own_village_named,
    with_own_village_of_the_dead,
    with_path_from_state_reversed,
    with_place_aside_first,
    with_romanised_village_word,
    with_state_after_place,
    with_the_town_named,
    with_the_village_named,
    with_town_area_as_township,
    with_unit_township_at_post,
    with_village_first_between,
    with_village_of_area,
    with_ward_of_the_town_named,
    with_witness_lead_last,
    without_actor_aside,
    without_actors_origin,
    without_address_lead,
    without_approach,
    without_base_used,
    without_border_nearby,
    without_burmese_lead,
    without_burmese_thing_at_place,
    without_case_words,
    without_codes_before_names,
    without_constituency,
    without_contrasted_place,
    without_earlier_events,
    without_event_name,
    without_fighting_sides,
    without_footnote_marks,
    without_force_home,
    without_foreign_destination,
    without_geolocation_of_the_village,
    without_land_of_village,
    without_lower_case_note,
    without_memorial_words,
    without_origin_of_the_dead,
    without_other_name_labels,
    without_people,
    without_people_named_between_commas,
    without_person_of_place,
    without_post_lead,
    without_post_marks,
    without_relatives_names,
    without_rights_report_marks,
    without_route_aside,
    without_team_base,
    without_thing_of_place,
    without_travellers_ends,
    without_twin_across_border,
    without_where_it_flew_from,
    without_where_it_moved_from,
    without_where_it_was_seen_from,
    without_where_prisoners_came_from,
    without_where_talks_were,
    without_where_the_displaced_are,
    without_where_the_taken_went,
    without_where_the_writer_is,
    without_where_they_came_from_or_went,
    without_where_they_were_told_to_go,
    without_works_before_village,
)
from mapper.gazetteer.spoken import (
    is_spoken,
    said_as_written,
)
from mapper.gazetteer.testimony import (
    neighbour_seen_struck,
    place_taken_and_held,
    shelter_struck,
    told_deed_in_burmese,
    told_deeds,
    without_account_header,
    without_birthplace,
    without_habits,
    without_named_speaker_label,
    without_speaker_label,
    without_witness_origin,
)
from mapper.gazetteer.words import (
    HONORIFICS,
    STATE_SHORT_NAMES,
    burmese_record_place,
    with_burmese_township_before_town,
    with_dates_slashed,
    with_nested_brackets_opened,
    with_township_of_town,
    without_burmese_asides,
    without_burmese_people,
    without_glosses,
    without_side_of_area,
)

#: rewrites of a report's text before it is read, in order: a transcript's labels, fillers and
#: questions (:mod:`mapper.gazetteer.spoken`), a chat message's header, forwarding label and
#: chatter (:mod:`mapper.gazetteer.chat`), a citation's mark and outlet, a post's lead, its
#: hashtags ("#Mindat #AmLaung village under artillery fire ...": no town Mindat), text copied
#: from a PDF as running text, footnotes' numbers, P-codes before names, "the X massacre" as
#: what happened at X, people named with their ages ("Ma Moe Thandar (26)": no village Ma Moe),
#: a place before its neighbour ("X and neighbouring Y village": X), a record's "Location of
#: incident:", the side troops came from ("from the south"), a kind word run into its name
#: ("PaungbyinTsp"); an address's numbers, roads and landmarks before its village, a state
#: before a place's kind word ("Mon village of X"), a person named before where they are from
#: or what befell them; in Burmese, a record's place field and people named with their ages and
#: homes ("... (အသက် ၄၅ နှစ်)၊ V ကျေးရွာနေ၊ W ကျေးရွာ ...": W)
_REPORT_CLEANING: tuple[Callable[[str], str], ...] = (
    with_nested_brackets_opened,
    without_other_name_labels,
    with_township_of_town,
    with_bar_as_break,
    with_place_aside_first,
    without_force_home,
    with_dates_slashed,
    with_burmese_township_before_town,
    with_burmese_words_in_english,
    without_glosses,
    without_side_of_area,
    with_kind_and_township_unbracketed,
    with_bearings_spelt,
    with_place_said_to_lie,
    with_great_river_travelled_unnamed,
    with_distance_in_digits,
    with_place_before_distance,
    email_body,
    place_taken_and_held,
    neighbour_seen_struck,  # (before who spoke: "Interview 41, female, 53. The witness lives in")
    home_in_attribution,  # (before an interview's: 'Statement 9 (male, 33, V village): "..."')
    without_named_speaker_label,
    shelter_struck,
    interview_answer,
    with_the_village_named,
    imaged_place,
    asked_event_place,
    question_place,
    without_geolocation_of_the_village,
    what_the_check_found,
    the_event_itself,
    without_contrasted_place,
    without_earlier_events,
    singled_out_place,
    without_habits,
    said_as_written,
    headline_place,  # (before a chat's sender: not 'Daw Ta Mee: 2 killed as ...')
    message_text,
    form_answer,
    cited,
    coded_place,
    with_witness_lead_last,
    without_address_lead,
    with_state_after_place,
    without_post_lead,
    without_memorial_words,
    with_own_village_of_the_dead,
    with_ward_of_the_town_named,
    without_where_they_came_from_or_went,
    without_origin_of_the_dead,
    without_birthplace,
    without_account_header,
    without_speaker_label,
    without_witness_origin,
    told_deeds,
    told_deed_in_burmese,
    with_own_village_named,
    without_border_nearby,
    without_constituency,
    without_route_aside,
    without_twin_across_border,
    without_foreign_destination,
    without_where_talks_were,
    event_behind_market_news,
    without_where_the_taken_went,
    without_where_prisoners_came_from,
    without_where_it_flew_from,
    without_travellers_ends,
    without_where_it_moved_from,
    without_land_of_village,
    with_village_of_area,
    without_where_the_writer_is,
    without_where_they_were_told_to_go,
    with_village_first_between,
    argued_from_event,
    without_actor_aside,
    without_base_used,
    with_unit_township_at_post,
    without_fighting_sides,
    without_where_the_displaced_are,
    without_team_base,
    without_burmese_asides,
    without_burmese_lead,
    without_burmese_thing_at_place,
    without_thing_of_place,
    with_burmese_people_as_place,
    without_works_before_village,
    lambda t: without_post_marks(t) if "#" in t else t,
    unwrapped,
    struck_home_place,
    without_footnote_marks,
    without_lower_case_note,
    without_rights_report_marks,
    without_case_words,
    with_burmese_village_word,
    with_romanised_village_word,
    without_where_it_was_seen_from,
    without_event_name,
    with_lead_area_last,
    with_path_from_state_reversed,
    with_town_area_as_township,
    with_the_town_named,
    without_codes_before_names,
    with_events_at_places,
    with_first_of_neighbours,
    incident_place,
    without_approach,
    with_kind_words_apart,
    with_areas_apart,
    with_leading_place_set_apart,
    with_initials_apart,
    without_relatives_names,
    without_people,
    without_people_named_between_commas,
    without_person_of_place,
    lambda t: without_actors_origin(t) if _MILITIA_FROM.search(t) else t,
    burmese_record_place,
    without_burmese_people,
)


def cleaned_report(text: str) -> str:
    """``text`` after each of ``_REPORT_CLEANING``'s rewrites in turn."""
    if (
        text.isascii()
        and not _CLEANING_CUE.search(text)
        and without_post_lead(text) == text
        and not is_spoken(text)
    ):
        return text  # (a quick look first: most text holds no mark any rewrite looks for)
    for rewrite in _REPORT_CLEANING:
        text = rewrite(text)
    return text


#: a militia's members and where they came from, which is no place of what they did next
#: ("Members of the junta-backed Pyu Saw Htee | from X village | raided Y village")
_MILITIA_FROM = re.compile(
    r"(?:Htee|militia|militiamen|members|group|gunmen|fighters|patrol) (?:from|based in|of|in) "
    r"|^(?:Troops|Soldiers) from "  # (a headline's: "Troops from Kalay raid V, T township")
)
#: the marks without which no rewrite of ``_REPORT_CLEANING`` changes ASCII text (but a post's
#: lead, looked for on its own): hashtags, colons, quotes, brackets, digits (footnotes, ages,
#: P-codes), line breaks and runs of spaces, and the words each rewrite needs
_CLEANING_CUE = re.compile(
    r"[#:\"\[\]\n\d^]|^['‘]|^The |  |MMR|massacre|killings|riots|crackdown|uprising|siege"
    r"|neighbo|nearby|adj|ncident|also reported|also heard| side\)|\([^()]*\("
    # (a shelter struck, a visit, a place said aside: "... - this was in V, T township - ...")
    r"| the (?:displacement |IDP )?(?:site|camp)\b| visiting | was in | there| [Bb]order"
    r"| [NS][EW] of "
    r"| used to "
    r"| own village"
    r"| had (?:advanced|come|moved|marched) from | came (?:up |down |in |over )?from "
    r"| (?:going|heading) to | way to | road\b| while | after that| after this|afterwards| later"
    r"| the (?:Ayeyarwady|Irrawaddy|Chindwin|Thanlwin|Salween|Sittaung|Sittang|Kaladan|Mekong)"
    r"| (?:is|lies) (?:just |about |only |right )?(?:near|close|next|outside|not far"
    r"|north|south|east|west)"
    r"| family (?:is|was|are|comes?|came|originally) "
    r"|[a-z]\. [a-z][a-z ]{0,40}$"  # (a note in lower case at the end: ". whereabouts unknown")
    # (an address in lower case, no commas)
    r"|^[a-z][a-z' -]* village [a-z][a-z' -]* (?:township|tsp|twp)$"
    # (a coder's path from the state down: "Magwe region, Natmauk, Ku Ni")
    r"|^(?:"
    + "|".join(sorted(STATE_SHORT_NAMES))
    + r")(?: [Rr]egion| [Ss]tate| [Dd]ivision| Rgn| St\.?)?, "
    r"[A-Z][^,]*, [A-Z]"
    r"| of death| of attack| from the | village of | town of |^[A-Z][\w' -]{1,40}, the "
    r"|^Witness |^This is |ame township as | \| "
    r"|[a-z](?:Tsp|Twp|Township|Vlg|Village)|^(?:In|At) [A-Z]"
    r"|[a-z](?:vlg|vill|twp|tsp|twsp|tship|twn)\b|\((?i:vill?|vlg|tsp|twp|vt)\)"
    r"|[~+?]|[Ff]wd|[Ff]orward|pls |ppl |just now|!!|stay safe|\.\.|…"
    # (a message's words of what befell a place after it: "V vlg T twp kia vs sac")
    r"|\b(?:sac|SAC|arty|ARTY)\b| vs | KILLED |^(?:fyi|FYI) "
    # (where the sender is now: "... this morning. we r safe in W")
    r"|\b[Ww]e r (?:safe|ok|okay|fine|now|all|still|hiding|staying)\b"
    # (a relative named: "My cousin Maung X was killed")
    r"|\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) [a-z-]+(?: [a-z-]+)? "
    r"(?:U|Daw|Ko|Ma|Maung|Mg|Saw|Naw|Sai) [A-Z]"
    # (a memorial's words: "In loving memory of", "Remembering", "RIP", "Comrade", "Martyr")
    r"|[Mm]emory of|^\W*Remembering|RIP|[Rr]est in|^\W*Comrade|^\W*Martyr|[Ss]acrifice|ငြိမ်းချမ်းစွာ"
    # (where the dead came from, were treated or buried)
    r"|native of|[Bb]orn in|home village|ospital|uneral|remated|for burial|[Vv]illagers from"
    r"|[a-z] စစ်ကောင်စီ|[0-9] ခုနှစ်"  # (Burmese words in an English sentence)
    r"|^(?:An?|One|The) [\w' -]{2,40} from [A-Z]"  # (someone from a place, killed at another)
    r"| who (?:had |have |were )?(?:sheltered|taken shelter|been staying) "
    r"| itself | them in | were sheltering| shelter (?:in|at) | hide in | take refuge"
    r"| (?:reach|reached|arrived in|arrived at|entered) [A-Z]"  # (where troops came before)
    r"|(?:town|city|village)['’]s "  # (a thing of a place: "V town's main market")
    r"|[a-z] ywar?\b"  # (a village's romanised Burmese kind word: "Se Gyi ywa")
    # (a caption's people, after what befell a place)
    r"| after (?:their|its|his|her|our|the) [\w -]{1,30}? (?:in|at) [A-Z]"
    r"| after the (?:town|village) "
    # (a human-rights report's witnesses and citations, where a unit is based)
    r"|[A-Z]\.\s?[A-Z]\.|nterview|eadquartered|tationed|arrisoned|based (?:in|at)"
    r"| from (?:their|its) (?:[\w-]+ )?(?:base|camp|garrison|headquarters|outpost) "
    r"| as (?:a|an|their|its) (?:[\w-]+ )?base "
    r"|, where (?:the )?(?:column|troops|soldiers|unit|they) (?:set out|started out|departed|left) "
    r"|grounds to|(?:found|concluded|documented|verified|confirmed|established) that"
    r"|(?:illage|own|ard|ownship) (?:to|at|in) ?,"  # (a Burmese case word translated)
    r"|(?:of|from) the town\b"  # (a distance from a town named before)
    # (an encyclopedia's event named after its place)
    r"|^(?:The )?(?:Battle|Siege|Fall|Capture|Sack|Offensive) of "
    r"|^The [A-Z][\w' -]{1,40} (?:massacre|killings|airstrike|bombing|raid|attack|battle)\b"
    # (where people fled from, where it was seen from, where those taken or a convoy went,
    # where troops retreated or moved on to, a column's town opening the text, a funeral held,
    # where the dead were born)
    r"| fled (?:after|when|as) | (?:fled|left|abandoned|evacuated) (?:the )?[A-Z][\w' -]{0,40}"
    r" (?:village|town|ward) (?:to|for|toward)"
    r"|(?:see|hear|watch) (?:it|them|the \w+) from |(?:visible|seen|heard) (?:from|in) "
    r"|(?:can|could) see from "
    r"|ilmed from |ploaded (?:from|in) |osted from |ed via |ed using "
    r"| took them | as it passed through | and took "
    r"|retreated |retreats? (?:to|toward)|withdrew | moving on | heading (?:to|towards?) "
    r"| regroup"
    r"| (?:route|road|highway|railway|corridor) (?:from|between|linking|connecting|out of) "
    r"| way back | on their way |einforcements |Nothing (?:new|more|further) | rushed "
    r"|post (?:came|comes|is|was) from "
    r"|(?:came|come|moved|marched|advanced|walked) (?:down |up |back )?(?:in)?to [A-Z][\w' -]{0,40}"
    r" from [A-Z]|entered [A-Z][\w' -]{0,40} (?:village|town)(?: first)?,? from [A-Z]"
    r"|(?:soldiers|troops|column|forces|police) (?:who|that|which) (?:had )?"
    r"(?:(?:arrived|came|come|moved|marched|advanced) (?:in )?from |moved out of )"
    r"|^From [A-Z]|^(?:Troops|Soldiers) from [A-Z]|isplaced from [A-Z]| held (?:at|in) "
    r"|^(?:Villagers|Residents|Locals|Local sources) in [A-Z]"
    r"|laid to rest|\(b\. "
    # (a headline's lead naming the region before a colon; a question about one of two events)
    r"|^(?:(?:Fresh|Heavy|Renewed|New|More|Fierce) )?(?:[Ff]ighting|[Cc]lashes|[Vv]iolence"
    r"|[Uu]nrest|[Aa]irstrikes|[Aa]ttacks|[Rr]aids) in [A-Z][a-z]+(?: (?:Region|State|Division))?:"
    r"|^(?:Where|Which|In which) [^?]{3,120}\?|[.!] (?:Where|Which|In which) [^?]{3,120}\?"
    r"|Locate the |coded "
    # (a headline's kicker, the place it asks about, a lead of casualties)
    r"|^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} ?\| |^(?:Why|What) |^\d+ (?:dead|killed|injured)"
    # (a headline's event at a place named bare before what it did in an area; residents who
    # recount one)
    r"|(?<=[a-z]) (?:on|near|at) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:kills?|leaves|left|wounds"
    r"|injures|displaces|claims|destroys|sends) | recount "
    r"| (?:massacre|killings|airstrike|bombing|raid|arson|battle):"
    r"|^(?:[Mm]y|[Oo]ur|[Dd]ad|[Mm]um|[Mm]om|[Mm]other|[Ff]ather|[Gg]rand\w+)\W"  # (own place)
    r"|[a-z] (?:miles?|km|kms|kilomet)"  # (a distance said in words)
    r"|onstituenc|opposite |across "  # (an election's constituency, a town across the border)
    r"|, (?:taken|abducted|arrested|detained|seized|kidnapped) (?:from|in|at) "
    # (where talks were held or a deal signed)
    r"|(?:talks|ceasefire|agreement|deal|conference|negotiations|signed|agreed|brokered|power"
    r"|coup)\b"
    # (a commentary's sentence, which argues from an event its opening clause tells of)
    r"|^(?:When|After|Once|If|What|Consider) "
    r"|^(?:The )?(?:[\w'’-]+ ){0,3}(?:capture|fall|seizure|takeover|loss|surrender|liberation"
    r"|siege) of |^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:fell|was captured|was taken) "
    # (where the writer, or whom they tell of, is now; a question's opening)
    r"|[Ll]ove from|[Gg]reetings from|years? in |[Cc]ousins? in|[Ff]riends? in|[Rr]elatives? in"
    r"| who reached | who visited | who got to | who returned to | who arrived in "
    r"|[Ff]amily (?:lives|stays|is) in|[Pp]arents (?:live|stay|are) in|[Ww]e (?:sleep|live|stay)"
    r"|I (?:live|sleep|stay|work)|[Aa]nyone in |[Ww]e r in "
    r"|^(?i:is|are|where|anyone|any1|anybody|how far) "
    # (a place singled out among others)
    r"|only [A-Z]|only in |only to find |rrests? (?:was|were) made|passed through"
    r"|ed through [A-Z]|advancing from"
    r"| as human shields| as porters| as guides"
    r"|, which was "
    r"| where the | happened (?:in|at) | where (?:my|his|her|our|their) |[Ww]e heard |I heard "
    r"|^(?:Witness|Testimony|Account|Statement|Survivor|Respondent|Interviewee|[Mm]y name is)\b"
    r"|[Rr]egards|Dear |Subject:|\\n"  # (an email's)
    r"|(?:came|arrived|marched|advanced|moved) from "
    r"|\b(?:I|We) "  # (a first-person account: ``told_deeds``)
    r"|, where the |, but | camped | slept | stayed |who fled |actually show"
    # (where fighting moved from)
    r"|moved from|shifted from|moves from|shifts from"
    # (an imagery analysis)
    r"|[Ss]atellite|Sentinel|Maxar|Planet|FIRMS|UNOSAT|Landsat|imagery|scenes of"
    # (an interview's turns)
    r"|Q: |A: |Q\. |nterviewer|espondent|^[—–] "
    # (an opening clause that sets another place against the one reported)
    r"|^(?:Unlike|As in|As with|As at|Compared|In contrast|Although|Though|While|Whereas"
    r"|Like|Just as|Not) "
    # (a fact-check's verdict, what a claim really was, the place it denies)
    r"|[Vv]erdict|ctually |n fact |eally |, not | not show|n't show|orrect|larif|to say "
    r"|aptioned|irculating as|arlier|reported|taken in |hosted|sheltering|IDPs|to flee to "
    # (an update's earlier events)
    r"|esterday|riginally said|reviously said"
    r"|ast week|ast night|ast month|not affected|arrison|began in|began near|No new |No further "
    r"|(?:village|town) (?:hit|struck|attacked|burned|bombed|shelled|raided|targeted) "
    r"|\((?:an? )?(?:village|town) (?:in|of) |\((?:village|town), "  # (its kind in brackets)
    r"|village, in the [A-Z]"  # (a town's area: "V village, in the T area of S Region")
    # (a headline's state as an adjective, or the people of an area who fled)
    r"|(?:State|Region) (?:battle|clash|fighting|shelling)|^[A-Z][a-z]+ (?:villagers|residents) "
    # (where the displaced are hosted: "most of whom are now hosted in", "new arrivals were
    # recorded in", "displaced 350 people to X and surrounding villages")
    r"|osted in|helter(?:ing|ed) in|taying in|ecorded in|egistered in|rrived in|rriving |efuge in"
    r"|urrounding villages|earby villages|there from |here from |emain in|emaining in|fled to "
    r"|left for |leaving for "
    # (an aside about who acted: "The TNLA, which has a base near Kutkai, said ...")
    r"|, (?:which|who) "
    # (a headline's "<area> Village Of <name>")
    r"| Village Of "
    # (a village's land)
    r"|illage (?:farm|land|field|paddy|plantation|orchard)"
    # (an order to leave)
    r"| to (?:leave|evacuate|flee|move|relocate) "
    # (where travellers came from or were going)
    r"|(?:returning|coming|travelling|traveling|fleeing|heading|headed|bound|going) "
    r"| from [A-Z][\w'’-]* to [A-Z]"
    # (a stretch from a village to another place)
    r"|between [A-Z][\w'’ -]{0,40} [Vv]illage and |ing between |ashes between "
    # (where an aircraft flew from)
    r"|flew |flown |took off|taken off|departed|flying |filmed over |seen over "
    r"| (?:run|flight|mission|sortie) from "
    # (a prison's story)
    r"|[Pp]rison|[Ii]nmates|[Pp]risoners|[Dd]etainees|lock-up|\bjail"
    # (where a militia came from)
    r"|(?:Htee|militia|militiamen|members|group|gunmen|fighters|patrol) (?:from|based in|of|in) "
    # (where a relief team is based)
    r"| team | teams |[Vv]olunteers | staff | network |orrespondent |eporter in |tringer "
    r"|^We, the |office in |everyone in |rop-off|rop off|ollection point"
    # (where those taken were sent)
    r"| sent | taken away|transferred|(?:forced|made|used) them|for (?:military service|the draft)"
    r"|heading to|headed (?:to|for)|conscript"
    # (what markets and trade suffered, and the fighting behind it)
    r"|[Pp]rices?\b|kyat|[Ff]uel|[Pp]etrol|[Rr]ice\b|[Gg]oods|[Tt]raders?|[Cc]argo|[Mm]edicine"
    r"|[Ss]alt\b|cooking oil|[Mm]arkets?\b|[Ss]upplies|[Ss]hortage|[Vv]egetables|[Pp]ork\b"
    r"|[Cc]abbage|stopped reaching|no longer reach"
    # (where people fled across the border)
    r"|(?:to|in|reached|entered) (?:[A-Z]\w*,? )*(?:(?:district|province|camp|town),? )?(?:in )?"
    + FOREIGN_PLACES
    # (a project's works before the village they are at)
    + r"|(?:mine|plant|dam|project|site|SEZ|zone|port|terminal|station|factory) (?:at|in) [A-Z]"
    r"|ownship, (?:close to|near|next to|not far from) the "
    r"|(?:ownship|[Tt]sp|[Tt]wp) \w+(?: \(\w+\))? (?:[Rr]egion|[Ss]tate|[Dd]ivision)"
    r"|(?:illage|[Vv]ill|[Vv]il|[Vv]lg) [A-Z]|[A-Z]/[A-Z]|(?:Road|Rd|Street|Lane|Avenue), "
    # (a person named first, then where they are from or what befell them: not a village
    # named like one, "Ma Gyi Pin village")
    rf"|, {HONORIFICS} [A-Z]|^{HONORIFICS} [A-Z][\w' -]{{0,40}}(?: \([A-Z][\w ]{{0,30}}\))?"
    r"(?:, (?:an? |the |from |of |who )| (?:was|were|has|had|got|gave|died|fell) )"
)
