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

/**
 * Capitalised words that name places, organisations, products and other things rather than people: a word here
 * is never taken as a person's name on the strength of its capital letter, a possessive ("London's") or a verb
 * after it ("Google says"). Names that are also given names ("Florence", "Jordan", "Chelsea") are not listed:
 * the first-name list marks them instead. Written for Post Guard from general knowledge: the continents and
 * countries of the world and their demonyms, capital and large cities, the UK's nations, counties, cities and large
 * towns, US states, football clubs of the UK, political parties, and large companies, brands, apps, media and
 * institutions often named in posts, plus the days, months and seasons already above.
 */
const NOT_PEOPLE = `
africa america americas antarctica asia australia europe oceania arctic atlantic pacific mediterranean
afghanistan albania algeria andorra angola argentina armenia austria azerbaijan bahamas bahrain bangladesh
barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia
cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti dominica ecuador
egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala
guinea guyana haiti honduras hungary iceland indonesia iran iraq ireland israel italy jamaica japan kazakhstan
kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine
panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan vanuatu vatican venezuela
vietnam yemen zambia zimbabwe britain scotland wales england gb uk usa emirates korea
african american asian australian european austrian belgian brazilian british canadian chinese croatian czech
danish dutch egyptian finnish french german greek hungarian indian irish israeli italian japanese korean
mexican nigerian norwegian pakistani polish portuguese romanian russian scottish spanish swedish swiss turkish
ukrainian welsh english cornish bulgarian serbian albanian lithuanian latvian estonian icelandic jewish muslim
christian catholic hindu sikh buddhist arab arabic latin celtic nordic scandinavian
amsterdam athens baghdad bangkok barcelona beijing beirut berlin bern bogota brussels bucharest budapest
cairo canberra copenhagen delhi dhaka doha dubai dublin edinburgh geneva helsinki havana istanbul jakarta
jerusalem johannesburg kabul karachi kathmandu kiev kyiv lagos lahore lima lisbon ljubljana madrid manila
melbourne mexico milan minsk moscow mumbai munich nairobi naples oslo ottawa paris prague riga rome seoul
shanghai singapore stockholm sydney taipei tallinn tehran tokyo toronto vancouver venice vienna vilnius
warsaw washington wellington zagreb zurich hamburg frankfurt cologne lyon marseille nice bordeaux seville
valencia porto florence bologna turin krakow gdansk hollywood boston chicago detroit houston dallas atlanta
miami orlando seattle denver phoenix vegas california texas florida alaska alabama arizona arkansas
colorado connecticut delaware hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee utah vermont wisconsin wyoming manhattan brooklyn bronx
london birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester coventry
bradford cardiff belfast glasgow aberdeen dundee inverness stirling perth swansea newport wrexham bangor
southampton portsmouth plymouth exeter bath oxford cambridge norwich ipswich colchester chelmsford luton
reading slough watford brighton hove hastings eastbourne canterbury dover maidstone guildford woking crawley
croydon bromley hackney islington camden westminster lambeth southwark greenwich wimbledon ealing brent
harrow barnet enfield tottenham wembley stratford york hull scarborough harrogate bradford wakefield
huddersfield halifax doncaster rotherham barnsley sunderland durham middlesbrough darlington hartlepool
gateshead carlisle kendal blackpool blackburn bolton burnley preston wigan warrington stockport oldham
rochdale salford chester crewe stoke derby lincoln grimsby northampton peterborough bedford milton keynes
stevenage swindon gloucester cheltenham worcester hereford shrewsbury telford wolverhampton walsall dudley
solihull nuneaton rugby warwick stafford lichfield tamworth burton mansfield chesterfield truro penzance
falmouth torquay bournemouth poole salisbury winchester basingstoke taunton yeovil weymouth cornwall devon
dorset somerset wiltshire hampshire kent sussex surrey essex suffolk norfolk yorkshire lancashire cumbria
northumberland cheshire merseyside derbyshire staffordshire shropshire lincolnshire leicestershire
nottinghamshire warwickshire oxfordshire berkshire buckinghamshire hertfordshire bedfordshire
cambridgeshire gloucestershire worcestershire herefordshire midlands fife lothian highlands hebrides orkney
shetland anglesey snowdonia pembrokeshire ulster munster leinster connacht galway cork limerick derry
arsenal chelsea everton fulham spurs villa wolves rangers celtic hibs hearts leeds millwall qpr
labour tory tories conservative conservatives liberal democrats lib dems snp ukip reform brexit parliament
congress senate nato unicef oxfam ofsted dfe
google apple microsoft amazon facebook instagram twitter tiktok snapchat youtube whatsapp netflix spotify
disney pixar marvel lego nintendo playstation xbox samsung sony nokia tesla ford toyota honda nissan bmw audi
volkswagen mercedes jaguar ferrari porsche vauxhall tesco sainsbury sainsburys asda morrisons aldi lidl waitrose
primark boots argos ikea nike adidas puma gucci prada zara starbucks costa greggs mcdonalds kfc subway nandos
cadbury nestle heinz coca cola pepsi reddit wikipedia linkedin pinterest tumblr ebay paypal uber airbnb
android iphone ipad windows linux ubuntu java python bbc itv sky channel guardian telegraph mirror sun
daily mail metro times independent economist reuters cnn fox
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday spring summer autumn winter easter christmas xmas halloween
`;

/** Folded keys of place, organisation and brand names (see NOT_PEOPLE). */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(
  NOT_PEOPLE.split(/\s+/)
    .filter(Boolean)
    .map((word) => foldText(word)),
);
