/**
 * Frequent English words that are not people's names, for telling a capitalised word from a name: a word here
 * is never taken as a surname, and a roster name that is one of these ("Brook", "Story") is treated as a word
 * that needs name evidence. Written for Post Guard from general knowledge of the most frequent words of
 * English (function words, common nouns, verbs and adjectives, and words capitalised in headings and tweets:
 * days, months, festivals, places of the UK, school words).
 */
import { foldText } from '../text/fold';

const WORDS = `
a about above across after afternoon again against age ago ahead all almost alone along already also although
always am amazing among an and another any anyone anything anyway are area around art as ask at attack august
autumn available away awesome baby back bad bag ball bank bar be beach beautiful because become bed been before
begin behind being believe best better between big bill birthday bit black blue board body book books both box boy
boys break brilliant bring british brother brought brown build bus business busy but buy by call called came can
cannot car card care case cat cause centre century chance change check child children choose christmas church city
class classes clear close club coffee cold college come comes coming company cool could council country course
cup cut dad daily dark data day days dead dear death december deep did different dinner do does dog doing done
door down dr dream drink drive during each early earth east easy eat either else email end england english enjoy
enough entire even evening event ever every everyone everything exactly example eye face fact fair fall family
famous fan far fast father favourite february feel few field fight film final finally find fine fire first fish five
follow food football for forever form forward found four free friday friend friends from front full fun funny game
games garden gave get gets getting girl girls give glad go god goes going gold good got government great green
ground group grow guys had half hall hand happen happy hard has hate have having he head health hear heart hello
help her here hey hi high him his history hit hold holiday home hope hot hotel hour house how however huge i ice
idea if im important in inside instead into is it its january job join july june just keep kids kind kitchen know
lady land large last late later learn least leave left less let lets life light like line list listen little live
local lol london long look looking lord lot love lovely low lunch made main make makes man many march market match
may maybe me mean media meet meeting member men message middle might mind minute miss moment monday money month
more morning most mother move movie mr mrs ms much mum music must my name national nature near need never new news
next nice night nine no none north not nothing november now number o october of off office oh ok okay old on once
one online only open or order other others our out outside over own page paper parents park part party pass past
pay people perfect person phone photo picture place plan play please plus point police poor post power present
pretty price primary problem project pupils put queen question quick quite rain read ready real really reason red
remember rest right road room round royal rule run sad safe said same saturday save saw say school schools science
sea season second see seen sent september set seven several she short should show side since sing sister six sky
small so social some someone something sometimes song soon sorry sound south special sport spring staff start
state stay still stop story street strong student students study stuff such summer sun sunday super support sure
sweet table take talk tea teacher teachers team tell ten term than thank thanks that the their them then there these
they thing things think third this those though three through thursday time to today together told tomorrow tonight
too took top town travel tree trip true try tuesday turn tv twitter two under united until up upon us use used
very video view visit wait walk wall want war was watch water way we wear weather website wednesday week weekend
welcome well went were west what when where which while white who whole why wife will win winter wish with within
without woman women won wonderful word words work working world would write wrong yeah year years yellow yes yet you
young your youtube facebook instagram google apple amazon iphone uk usa us eu nhs bbc itv tonight happy new
christmas easter halloween diwali eid ramadan hanukkah xmas bonfire valentines mothers fathers
`;

/** Folded keys of the words above. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((word) => foldText(word)),
);
