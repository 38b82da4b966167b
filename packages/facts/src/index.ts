export { utf16ToCodePoint, codePointToUtf16 } from './offsets.ts';
