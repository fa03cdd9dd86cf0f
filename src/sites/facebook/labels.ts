/**
 * The words Facebook's interface shows on the few controls Post Guard cannot find by structure alone, one table per
 * interface language. Structure decides first (src/sites/facebook/selectors.ts: the comment form around a box, the
 * send arrow's `#focused-state-composer-submit`); these labels are the fallback for the post dialog's buttons and
 * attachments, and read who is commenting. Each entry names where it was seen: "public code" means scripts that
 * drive Facebook in that language (found with the code search, December 2026; the repositories could not all be
 * named). Entries marked `unverified` are our translation, not yet seen on the live site: a miss there leaves the
 * box checked as you type, only the button unrecognised.
 */
export interface FacebookLabels {
  /** The post dialog's publish button. */
  post: string[];
  /** The two-step flow's first button. */
  next: string[];
  /** A comment or reply's send arrow, when `#focused-state-composer-submit` is missing. */
  send: string[];
  /** The group of photos and video attached in the post dialog. */
  attachedMedia: string[];
  /** Comment and reply box labels that start "Comment as <name>": the prefix before the name. */
  commentAs: string[];
  /** Labels of comment and reply boxes (a prefix), for boxes outside a comment form. */
  commentBox: string[];
  /** The post editor's label before the poster's name: "What's on your mind, " + "Sam?" (or the Page's name). */
  composePrompt: string[];
  /** Meta Business Suite's composer: its Publish and Schedule buttons (their text). */
  businessPublish: string[];
  /** Meta Business Suite's Page picker: the label before the Page's name ("Post to Welbeck Primary School"). */
  businessPostTo: string[];
  /** Where this language's entries were seen. */
  source: string;
  /** Our translation, not yet confirmed on the live site. */
  unverified?: true;
}

export const FACEBOOK_LABELS: Record<string, FacebookLabels> = {
  en: {
    post: ['Post'],
    next: ['Next'],
    send: ['Comment', 'Reply', 'Post comment'],
    attachedMedia: ['Attached media'],
    commentAs: ['Comment as ', 'Reply as '],
    commentBox: [
      'Write a comment',
      'Write a public comment',
      'Write a reply',
      'Reply to ',
      'Comment as ',
      'Reply as ',
    ],
    composePrompt: ["What's on your mind, "],
    businessPublish: ['Publish', 'Schedule'],
    businessPostTo: ['Post to '],
    source:
      'docs/research/composer-dom.md (Facebook, 2026-05 and December 2026 update, with Business Suite\'s "Publish", "Schedule", "Post to <Page>"; knamnguyen/trusthuman.io for "Reply to", "Write a public comment", send labels "Comment"/"Reply"; "Post comment" in public code)',
  },
  cy: {
    post: ['Postio'],
    next: ['Nesaf'],
    send: ['Sylw', 'Ateb'],
    attachedMedia: ['Cyfryngau atodedig'],
    commentAs: ['Rhoi sylw fel ', 'Ateb fel '],
    commentBox: ['Ysgrifennu sylw', 'Ysgrifennu ateb', 'Ateb i ', 'Rhoi sylw fel '],
    composePrompt: ['Beth sydd ar eich meddwl, '],
    businessPublish: ['Cyhoeddi', 'Amserlennu'],
    businessPostTo: [],
    source: 'Our translation: no public code driving Facebook in Welsh was found (December 2026).',
    unverified: true,
  },
  fr: {
    post: ['Publier'],
    next: ['Suivant'],
    send: ['Commenter', 'Répondre', 'Envoyer'],
    attachedMedia: ['Médias joints'],
    commentAs: ['Commenter en tant que ', 'Répondre en tant que '],
    commentBox: ['Écrivez un commentaire', 'Écrire un commentaire', 'Répondre à ', 'Commenter en tant que '],
    composePrompt: ['Que voulez-vous dire, '],
    businessPublish: ['Publier', 'Programmer'],
    businessPostTo: [],
    source:
      'Public code: "Publier", "Envoyer", "Commenter" as Facebook button labels (code search, December 2026); the rest our translation.',
  },
  de: {
    post: ['Posten'],
    next: ['Weiter'],
    send: ['Kommentieren', 'Antworten', 'Senden'],
    attachedMedia: ['Angehängte Medien'],
    commentAs: ['Kommentieren als ', 'Antworten als '],
    commentBox: ['Schreibe einen Kommentar', 'Antworten an ', 'Kommentieren als '],
    composePrompt: ['Was machst du gerade, '],
    businessPublish: ['Veröffentlichen', 'Planen'],
    businessPostTo: [],
    source:
      'Public code: "Posten", "Senden", "Kommentieren", "Schreibe einen Kommentar" (code search, December 2026); the rest our translation.',
  },
  es: {
    post: ['Publicar'],
    next: ['Siguiente'],
    send: ['Comentar', 'Responder', 'Enviar'],
    attachedMedia: ['Contenido multimedia adjunto'],
    commentAs: ['Comentar como ', 'Responder como '],
    commentBox: ['Escribe un comentario', 'Escribe una respuesta', 'Responder a ', 'Comentar como '],
    composePrompt: ['¿Qué estás pensando, '],
    businessPublish: ['Publicar', 'Programar'],
    businessPostTo: [],
    source:
      'Public code: "Publicar", "Enviar", "Comentar", "Escribe un comentario" (code search, December 2026; docs/research/composer-dom.md lists "Comentar"); the rest our translation.',
  },
  pl: {
    post: ['Opublikuj'],
    next: ['Dalej'],
    send: ['Skomentuj', 'Odpowiedz', 'Wyślij'],
    attachedMedia: ['Załączone multimedia'],
    commentAs: ['Skomentuj jako ', 'Odpowiedz jako '],
    commentBox: ['Napisz komentarz', 'Napisz odpowiedź', 'Odpowiedz użytkownikowi ', 'Skomentuj jako '],
    composePrompt: ['O czym myślisz, '],
    businessPublish: ['Opublikuj', 'Zaplanuj'],
    businessPostTo: [],
    source:
      'Public code: "Opublikuj" (the post button, several scripts), "Dalej", "Wyślij", "Skomentuj", "Skomentuj jako", "Napisz komentarz" (code search, December 2026); the rest our translation.',
  },
  pt: {
    post: ['Publicar'],
    next: ['Avançar'],
    send: ['Comentar', 'Responder', 'Enviar'],
    attachedMedia: ['Mídia anexada'],
    commentAs: ['Comentar como ', 'Responder como '],
    commentBox: ['Escreva um comentário', 'Escrever um comentário', 'Responder a ', 'Comentar como '],
    composePrompt: ['No que você está pensando, '],
    businessPublish: ['Publicar', 'Programar'],
    businessPostTo: [],
    source:
      'Public code: "Publicar", "Enviar", "Comentar" (code search, December 2026); the rest our translation.',
  },
  it: {
    post: ['Pubblica'],
    next: ['Avanti'],
    send: ['Commenta', 'Rispondi', 'Invia'],
    attachedMedia: ['Contenuti multimediali allegati'],
    commentAs: ['Commenta come ', 'Rispondi come '],
    commentBox: ['Scrivi un commento', 'Rispondi a ', 'Commenta come '],
    composePrompt: ['A cosa stai pensando, '],
    businessPublish: ['Pubblica', 'Programma'],
    businessPostTo: [],
    source:
      'Public code: "Pubblica", "Invia", "Commenta" (code search, December 2026); the rest our translation.',
  },
  ro: {
    post: ['Postează', 'Publică'],
    next: ['Înainte', 'Următorul'],
    send: ['Comentează', 'Răspunde'],
    attachedMedia: ['Conținut media atașat'],
    commentAs: ['Comentează ca ', 'Răspunde ca '],
    commentBox: ['Scrie un comentariu', 'Răspunde-i lui ', 'Comentează ca '],
    composePrompt: ['La ce te gândești, '],
    businessPublish: ['Publică', 'Programează'],
    businessPostTo: [],
    source:
      'Public code: "Postează" and "Publică" as the post button (several scripts, code search, December 2026); the rest our translation.',
  },
  ur: {
    post: ['پوسٹ کریں'],
    next: ['اگلا'],
    send: ['تبصرہ کریں', 'جواب دیں'],
    attachedMedia: ['منسلک میڈیا'],
    commentAs: ['بطور تبصرہ کریں '],
    commentBox: ['تبصرہ لکھیں', 'جواب لکھیں'],
    composePrompt: [],
    businessPublish: ['شائع کریں'],
    businessPostTo: [],
    source: 'Our translation: no public code driving Facebook in Urdu was found (December 2026).',
    unverified: true,
  },
};

const ALL = Object.values(FACEBOOK_LABELS);

/** Every language's words for one control, for an attribute selector list. */
export function labelsFor(control: keyof Omit<FacebookLabels, 'source' | 'unverified'>): string[] {
  return [...new Set(ALL.flatMap((language) => language[control]))];
}

/** `[role="button"][aria-label="Post"], …` for every language's words. */
export function buttonSelector(words: readonly string[]): string {
  return words.map((word) => `[role="button"][aria-label="${word.replace(/"/g, '\\"')}"]`).join(', ');
}

// --- Friending and contacting (policy: staff must not "friend" or otherwise contact pupils or parents) ---

/**
 * The names of the controls that reach a person, per interface language: Add friend, Follow and Message on a
 * profile (Follow also as an item of the profile's "See options" menu), Confirm on a friend request. A control's
 * name is its aria-label, else its own text (`buttonWords` in ../dom.ts): Facebook labels the profile's buttons,
 * but a post's "Follow" beside its author has only its text. Whose the control is, is found by structure (the
 * profile's h1, a card's link to the person: ./selectors.ts).
 */
export interface FacebookContactLabels {
  addFriend: string[];
  follow: string[];
  message: string[];
  confirm: string[];
  /** Where this language's entries were seen. */
  source: string;
  /** Our translation, not yet confirmed on the live site. */
  unverified?: true;
}

export const FACEBOOK_CONTACT_LABELS: Record<string, FacebookContactLabels> = {
  en: {
    addFriend: ['Add friend', 'Add Friend'],
    follow: ['Follow'],
    message: ['Message'],
    confirm: ['Confirm', 'Confirm request'],
    source:
      'Public code: absunstar/social-browser extensions/social-tools/facebook-request-friend.js (`div[aria-label="Add friend"]` on a profile), request-friend.js (the profile\'s `div[role=button]` with the text "Add friend"), facebook-follow-user.js ("Follow" as a `div[role=menuitem]` of the profile\'s "See options" menu); ankith002/Hackathon putp/facebook-debug.md (a scan of facebook.com, 2026-01-30: a post\'s "Follow" is a `div` button with that text and no aria-label); NobleOsinachi/automate-friend-request-confirmation script.js (`div[aria-label="Confirm"]`); "Confirm request" in a 2025–2026 extension\'s click listener (code search, December 2026). "Add Friend" is the older capitalisation.',
  },
  cy: {
    addFriend: ['Ychwanegu ffrind'],
    follow: ['Dilyn'],
    message: ['Neges', 'Anfon neges'],
    confirm: ['Cadarnhau'],
    source: 'Our translation: no public code driving Facebook in Welsh was found (December 2026).',
    unverified: true,
  },
  fr: {
    addFriend: ['Ajouter', 'Ajouter en ami(e)', 'Ajouter comme ami(e)'],
    follow: ['Suivre'],
    message: ['Message', 'Envoyer un message'],
    confirm: ['Confirmer'],
    source:
      'Our translation (Facebook\'s French interface, as remembered, not seen in public code): "Suivre" is also LinkedIn\'s French Follow in public code (code search, December 2026).',
    unverified: true,
  },
  de: {
    addFriend: ['Als Freund/in hinzufügen', 'Freund/in hinzufügen'],
    follow: ['Folgen'],
    message: ['Nachricht', 'Nachricht senden'],
    confirm: ['Bestätigen'],
    source:
      'Our translation (Facebook\'s German interface writes "Freund/in"); "Als Freund/in hinzufügen" is in public code only for another network (code search, December 2026).',
    unverified: true,
  },
  es: {
    addFriend: ['Agregar a amigos', 'Agregar amigo', 'Añadir a amigos'],
    follow: ['Seguir'],
    message: ['Mensaje', 'Enviar mensaje'],
    confirm: ['Confirmar'],
    source:
      'Public code: "Agregar a amigos" and "Agregar a amigo" as the buttons of facebook.com/friends/suggestions, and "Seguir" as Follow, in a Playwright script driving Facebook in Spanish (code search, December 2026; the repository could not be named); "Añadir a amigos" (Spain), "Mensaje" and "Confirmar" our translation.',
  },
  pl: {
    addFriend: ['Dodaj do znajomych', 'Dodaj znajomego'],
    follow: ['Obserwuj'],
    message: ['Wyślij wiadomość', 'Wiadomość'],
    confirm: ['Potwierdź'],
    source:
      'Our translation, after Facebook\'s Polish interface as remembered: "Dodaj do znajomych" is the usual Polish "Add friend" in public code (code search, December 2026), not seen there for Facebook itself.',
    unverified: true,
  },
  pt: {
    addFriend: ['Adicionar amigo', 'Adicionar aos amigos', 'Adicionar como amigo'],
    follow: ['Seguir'],
    message: ['Mensagem', 'Enviar mensagem'],
    confirm: ['Confirmar'],
    source:
      'Our translation (Brazilian and European Portuguese): not seen in public code for Facebook (December 2026).',
    unverified: true,
  },
  it: {
    addFriend: ['Aggiungi agli amici', 'Aggiungi amico'],
    follow: ['Segui'],
    message: ['Messaggio', 'Invia messaggio'],
    confirm: ['Conferma'],
    source:
      'Our translation: "Aggiungi agli amici" is the usual Italian "Add friend" in public code (code search, December 2026), not seen there for Facebook itself.',
    unverified: true,
  },
  ro: {
    addFriend: ['Adaugă prieten', 'Adaugă la prieteni'],
    follow: ['Urmărește'],
    message: ['Mesaj', 'Trimite mesaj'],
    confirm: ['Confirmă'],
    source: 'Our translation: not seen in public code for Facebook (December 2026).',
    unverified: true,
  },
  ur: {
    addFriend: ['دوست بنائیں', 'دوست شامل کریں'],
    follow: ['فالو کریں'],
    message: ['پیغام', 'پیغام بھیجیں'],
    confirm: ['تصدیق کریں'],
    source: 'Our translation: no public code driving Facebook in Urdu was found (December 2026).',
    unverified: true,
  },
};

/** Every known language's names of one control that reaches a person. */
export function contactLabelsFor(
  control: keyof Omit<FacebookContactLabels, 'source' | 'unverified'>,
): string[] {
  return [...new Set(Object.values(FACEBOOK_CONTACT_LABELS).flatMap((language) => language[control]))];
}
// --- end of friending and contacting ---

// --- Private messages (www.facebook.com/messages): a table of their own ---
/** The words of Facebook's message pages that structure alone does not give, per interface language. */
export interface FacebookMessageLabels {
  /** The message box's send button (aria-label); Enter sends too, and is caught in any language. */
  send: string[];
  /**
   * Labels that end with the conversation's name, when its pane shows no heading: the prefix before the name
   * ("Conversation with " + "Dawn Achterberg").
   */
  conversationWith: string[];
  source: string;
  unverified?: true;
}

export const FACEBOOK_MESSAGE_LABELS: Record<string, FacebookMessageLabels> = {
  en: {
    send: ['Press enter to send', 'Press Enter to send', 'Send'],
    conversationWith: ['Conversation with ', 'Messages in conversation with '],
    source:
      'Public code, 2024–2026: "Press enter to send" / "Press Enter to send" and "Send" as the send button (many Messenger ' +
      'scripts, code search, December 2026); brbavar/katex-for-messenger-web (selector.js: the conversation pane ' +
      '`div[aria-label^="Conversation"][role="main"]`, its list `[aria-label^="Messages in conversation"]`); a Messenger ' +
      'cache tool strips "Messages in conversation with " from the list\'s label to get the name (unnamed).',
  },
};

/** Every language's words for one part of the message pages. */
export function messageLabelsFor(part: 'send' | 'conversationWith'): string[] {
  return [...new Set(Object.values(FACEBOOK_MESSAGE_LABELS).flatMap((language) => language[part]))];
}
// --- end of private messages ---
