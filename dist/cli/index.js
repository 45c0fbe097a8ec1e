import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4417);

// Entry point of the command line: everything else lives in runCli, where tests reach it.
try {
    process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
        cwd: process.cwd(),
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined
    });
}
catch (error) {
    // A bug, not a finding: keep it apart from exit code 1 so a gate cannot mistake it.
    process.stderr.write(`graph-consent-audit: internal error: ${String(error)}\n`);
    if (process.env.DEBUG)
        process.stderr.write(`${error.stack}\n`);
    process.exitCode = _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_INTERNAL_ERROR */ .QI;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QI: () => (/* reexport */ EXIT_INTERNAL_ERROR),
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, USAGE

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The tool's version, from package.json. */
const TOOL_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./catalog/microsoft-graph.json
const microsoft_graph_namespaceObject = /*#__PURE__*/JSON.parse('{"resourceAppId":"00000003-0000-0000-c000-000000000000","displayName":"Microsoft Graph","source":{"description":"Microsoft Graph service principal (Get-MgServicePrincipal dump)","asOf":"2026-08-19"},"permissions":[{"name":"APIConnectors.Read.All","id":"b86848a7-d5b1-41eb-a9b4-54a4e6306e97","type":"application","adminConsentRequired":true,"enabled":true},{"name":"APIConnectors.ReadWrite.All","id":"1dfe531a-24a6-4f1b-80f4-7a0dc5a0a171","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AccessReview.Read.All","id":"d07a8cc0-3d51-4b77-b3b0-32704d1f69fa","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AccessReview.ReadWrite.All","id":"ef5f7d5c-338f-44b0-86c3-351f46c8bb5f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AccessReview.ReadWrite.Membership","id":"18228521-a591-40f1-b215-5fad4488c117","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Acronym.Read.All","id":"8c0aed2c-0c61-433d-b63c-6370ddc73248","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AdministrativeUnit.Read.All","id":"134fd756-38ce-4afd-ba33-e9623dbe66c2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AdministrativeUnit.ReadWrite.All","id":"5eb59dd3-1da2-4329-8733-9dabdc435916","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCard.Read.All","id":"aec9e0a0-6f46-4150-a9f7-05e9e3e87399","type":"application","adminConsentRequired":true,"enabled":false},{"name":"AgentCard.ReadWrite.All","id":"ef566853-42d6-45a5-bed9-5ccb82c98b4f","type":"application","adminConsentRequired":true,"enabled":false},{"name":"AgentCard.ReadWrite.ManagedBy","id":"9c4a07db-e0c1-4fb0-8e85-dfd8ae3b8201","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCardManifest.Read.All","id":"3ee18438-e6e5-4858-8f1c-d7b723b45213","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCardManifest.ReadWrite.All","id":"228b1a03-f7ca-4348-b50d-e8a547ab61af","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCardManifest.ReadWrite.ManagedBy","id":"77f6034c-52f5-4526-9fa1-d55a67e72cc4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.Read.All","id":"e65ee1da-d1d5-467b-bdd0-3e9bb94e6e0c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.ReadWrite.All","id":"feb31d7d-a227-4487-898c-e014840d07b3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.ReadWrite.ManagedBy","id":"2e0fb698-9996-479f-926b-ce63f4397829","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCommunicationConfiguration.Read.All","id":"eccf3f2d-f81a-4718-95d7-ef4a0c42ac43","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentCommunicationConfiguration.ReadWrite.All","id":"9c72696d-c77b-4d8d-b59e-dfca4792c9ec","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdUser.ReadWrite.All","id":"b782c9ad-6f2b-4894-a21b-72bf22417f0a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdUser.ReadWrite.IdentityParentedBy","id":"4aa6e624-eee0-40ab-bdd8-f9639038a614","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.Create.All","id":"ad25cc1d-84d8-47df-a08e-b34c2e800819","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.CreateAsManager","id":"4c390976-b2b7-42e0-9187-c6be3bead001","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.DeleteRestore.All","id":"5b016f9b-18eb-41d4-869a-66931914d1c8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.EnableDisable.All","id":"69ee0943-4fa4-4ec8-8e52-d12e4ea661a3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.Read.All","id":"b2b8f011-2898-4234-9092-5059f6c1ebfa","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.ReadWrite.All","id":"dcf7150a-88d4-4fe6-9be1-c2744c455397","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.AddRemoveCreds.All","id":"0510736e-bdfb-4b37-9a1f-89b4a074763a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.Create","id":"ea4b2453-ad2d-4d94-9155-10d5d9493ce9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.DeleteRestore.All","id":"3f80b699-6405-4e36-a4df-4f19950ff91e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.Read.All","id":"7547a7d1-36fa-4479-9c31-559a600eaa4f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.ReadWrite.All","id":"7fddd33b-d884-4ec0-8696-72cff90ff825","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.UpdateAuthProperties.All","id":"19202363-278e-49c2-bf00-391e2ba00881","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.UpdateBranding.All","id":"76232daa-a1e4-4544-b664-495a006513bf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.Create","id":"8959696d-d07e-4916-9b1e-3ba9ce459161","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.DeleteRestore.All","id":"f86a2dd8-9298-4675-bd78-f5a3572da2d7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.EnableDisable.All","id":"a0bdd23d-8b19-4682-b428-574d96527c6f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.Read.All","id":"9361dea9-4524-493d-941d-f1b65aaf6c7c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.ReadWrite.All","id":"3bc933bc-8b4d-4cb6-ac49-b73774299250","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentInstance.Read.All","id":"799a4732-85b8-4c67-b048-75f0e88a232b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentInstance.ReadWrite.All","id":"07abdd95-78dc-4353-bd32-09f880ea43d0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentInstance.ReadWrite.ManagedBy","id":"782ab1bf-24f1-4c27-8bbc-2006d42792a6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentRegistration.Read.All","id":"d3acceb6-4673-47c0-aeac-582f2c7cf72c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgentRegistration.ReadWrite.All","id":"39fb8c64-7bd3-4107-8515-14d6e55ddda4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Agreement.Read.All","id":"2f3e6f8c-093b-4c57-a58b-ba5ce494a169","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Agreement.ReadWrite.All","id":"c9090d00-6101-42f0-a729-c41074260d47","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AgreementAcceptance.Read.All","id":"d8e4ec18-f6c0-4620-8122-c8b1f2bf400e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AiEnterpriseInteraction.Read.All","id":"839c90ab-5771-41ee-aef8-a562e8487c1e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AppCatalog.Read.All","id":"e12dae10-5a57-4817-b79d-dfbec5348930","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AppCatalog.ReadWrite.All","id":"dc149144-f292-421e-b185-5953f2e98d7f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AppRoleAssignment.ReadWrite.All","id":"06b708a9-e830-4db3-a914-8e69da51d44f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Application-RemoteDesktopConfig.ReadWrite.All","id":"3be0012a-cc4e-426b-895b-f9c836bf6381","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Application.Read.All","id":"9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Application.ReadUpdate.All","id":"fc023787-fd04-4e44-9bc7-d454f00c0f0a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Application.ReadWrite.All","id":"1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Application.ReadWrite.OwnedBy","id":"18a4783c-866b-4cc7-a460-3d5e5662c884","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ApprovalSolution.Read.All","id":"9f265de7-8d5e-4e9a-a805-5e8bbc49656f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ApprovalSolution.ReadWrite.All","id":"45583558-1113-4d06-8969-e79a28edc9ad","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AttackSimulation.Read.All","id":"93283d0a-6322-4fa8-966b-8c121624760d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AttackSimulation.ReadWrite.All","id":"e125258e-8c8a-42a8-8f55-ab502afa52f3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditActivity.Read","id":"99bc85fb-e857-4220-9f8c-3a1c83148d2e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditActivity.Write","id":"f6318678-2713-4bb6-b123-233e7336c1bd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLog.Read.All","id":"b0afded3-3588-46d8-8b3d-9842eff778da","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-CRM.Read.All","id":"20e6f8e4-ffac-4cf7-82f7-70ddb7564318","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-Endpoint.Read.All","id":"0bc85aed-7b0b-437a-bac8-3b29a1b84c99","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-Entra.Read.All","id":"7276d950-48fc-4269-8348-f22f2bb296d0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-Exchange.Read.All","id":"6b0d2622-d34e-4470-935b-b96550e5ca8d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-OneDrive.Read.All","id":"8a169a81-841c-45fd-ad43-96aede8801a0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-SharePoint.Read.All","id":"91c64a47-a524-4fce-9bf3-3d569a344ecf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery.Read.All","id":"5e1e9171-754d-478c-812c-f1755a9a4c2d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuthenticationContext.Read.All","id":"381f742f-e1f8-4309-b4ab-e3d91ae4c5c1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"AuthenticationContext.ReadWrite.All","id":"a88eef72-fed0-4bf7-a2a9-f19df33f8b83","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Configuration.Read.All","id":"5fbb5982-3230-4882-93c0-2167523ce0c2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Configuration.ReadWrite.All","id":"18133149-5489-40ac-80f0-4b6fa85f6cdc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Control.Read.All","id":"6fe20a79-0e15-45a1-b019-834c125993a0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Control.ReadWrite.All","id":"fb240865-88f8-4a1d-923f-98dbc7920860","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Monitor.Read.All","id":"ecae8511-f2d7-4be4-bdbf-91f244d45986","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Restore.Read.All","id":"87853aa5-0372-4710-b34b-cef27bb7156e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Restore.ReadWrite.All","id":"bebd0841-a3d8-4313-a51d-731112c8ee41","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Search.Read.All","id":"f6135c51-c766-4be1-9638-ed90c2ed2443","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BillingConfiguration.ReadWrite.All","id":"9e8be751-7eee-4c09-bcfd-d64f6b087fd8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BitlockerKey.Read.All","id":"57f1cf28-c0c4-4ec3-9a30-19a2eaaf2f6e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BitlockerKey.ReadBasic.All","id":"f690d423-6b29-4d04-98c6-694c42282419","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Bookings.Manage.All","id":"6b22000a-1228-42ec-88db-b8c00399aecb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Bookings.Read.All","id":"6e98f277-b046-4193-a4f2-6bf6a78cd491","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Bookings.ReadWrite.All","id":"0c4b2d20-7919-468d-8668-c54b09d4dee8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BookingsAppointment.ReadWrite.All","id":"9769393e-5a9f-4302-9e3d-7e018ecb64a7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Bookmark.Read.All","id":"be95e614-8ef3-49eb-8464-1c9503433b86","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BrowserSiteLists.Read.All","id":"c5ee1f21-fc7f-4937-9af0-c91648ff9597","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BrowserSiteLists.ReadWrite.All","id":"8349ca94-3061-44d5-9bfb-33774ea5e4f9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioConfig.Read.OwnedBy","id":"acc0fc4d-2cd6-4194-8700-1768d8423d86","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioConfig.ReadWrite.OwnedBy","id":"bbea195a-4c47-4a4f-bff2-cba399e11698","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioData.Read.OwnedBy","id":"6c0257fd-cffe-415b-8239-2d0d70fdaa9c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioData.ReadWrite.OwnedBy","id":"f2d21f22-5d80-499e-91cc-0a8a4ce16f54","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calendars.Read","id":"798ee544-9d2d-430c-a058-570e29e34338","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calendars.Read.All","id":"470229df-a15a-4b08-9d95-8c534862b362","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calendars.ReadBasic.All","id":"8ba4a692-bc31-4128-9094-475872af8a53","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calendars.ReadWrite","id":"ef54d2bf-783f-4e0f-bca1-3210c0444d99","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calendars.ReadWrite.All","id":"d91697b0-a708-4c11-a712-8fb2dc081aa2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallAiInsights.Read.All","id":"792b782b-7822-4b92-8103-77e44f2f706c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallDelegation.Read.All","id":"5aa33e77-b893-495e-bdc5-4bf6f27d42a0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallDelegation.ReadWrite.All","id":"8d06abce-e69b-4122-ba60-4f901bb1db2f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallEvents-Emergency.Read.All","id":"f0a35f91-2aa6-4a99-9d5a-5b6bcb66204e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallEvents.Read.All","id":"1abb026f-7572-49f6-9ddd-ad61cbba181e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallRecord-PstnCalls.Read.All","id":"a2611786-80b3-417e-adaa-707d4261a5f0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallRecordings.Read.All","id":"ce8fb1f1-5e1f-44a0-b102-4ec28454d0dc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallRecords.Read.All","id":"45bbb07e-7321-4fd7-a8f6-3ff27e6a81c8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CallTranscripts.Read.All","id":"4cd61b6d-8692-40bf-9d90-7f38db5e5fce","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calls.AccessMedia.All","id":"a7a681dc-756e-4909-b988-f160edc6655f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calls.Initiate.All","id":"284383ee-7f6e-4e40-a2a8-e85dcb029101","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calls.InitiateGroupCall.All","id":"4c277553-8a09-487b-8023-29ee378d8324","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calls.JoinGroupCall.All","id":"f6b49018-60ab-4f81-83bd-22caeabfed2d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calls.JoinGroupCallAsGuest.All","id":"fd7ccf6b-3d28-418b-9701-cd10f5cd2fd4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Calls.ReportSyntheticMedia.All","id":"050b0d28-840a-4ff6-bdf9-cc6221acbc1f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CaseManagement.Read.All","id":"b328f35f-712c-40d6-b6b4-95449d77b352","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CaseManagement.ReadWrite.All","id":"57ac77a0-bb98-4ba8-bf9a-7af06dcdcc1f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChangeManagement.Read.All","id":"418dae40-2b65-4819-900c-519a04e4d278","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Channel.Create","id":"f3a65bd4-b703-46df-8f7e-0174fea562aa","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Channel.Delete.All","id":"6a118a39-1227-45d4-af0c-ea7b40d210bc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Channel.ReadBasic.All","id":"59a6b24b-4225-4393-8165-ebaec5f55d7a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChannelMember.Read.All","id":"3b55498e-47ec-484f-8136-9013221c06a9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChannelMember.ReadWrite.All","id":"35930dcf-aceb-4bd1-b99a-8ffed403c974","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChannelMessage.Read.All","id":"7b2449af-6ccd-4f4d-9f78-e550c193f0d1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChannelMessage.UpdatePolicyViolation.All","id":"4d02b0cc-d90b-441f-8d82-4fb55c34d6bb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChannelSettings.Read.All","id":"c97b873f-f59f-49aa-8a0e-52b32d762124","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChannelSettings.ReadWrite.All","id":"243cded2-bd16-4fd6-a953-ff8177894c3d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.Create","id":"d9c48af6-9ad9-47ad-82c3-63757137b9af","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.ManageDeletion.All","id":"9c7abde0-eacd-4319-bf9e-35994b1a1717","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.Read.All","id":"6b7d71aa-70aa-4810-a8d9-5d9fb2830017","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.Read.WhereInstalled","id":"1c1b4c8e-3cc7-4c58-8470-9b92c9d5848b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.ReadBasic.All","id":"b2e060da-3baf-4687-9611-f4ebc0f0cbde","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.ReadBasic.WhereInstalled","id":"818ba5bd-5b3e-4fe0-bbe6-aa4686669073","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.ReadWrite.All","id":"294ce7c9-31ba-490a-ad7d-97a7d075e4ed","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.ReadWrite.WhereInstalled","id":"ad73ce80-f3cd-40ce-b325-df12c33df713","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Chat.UpdatePolicyViolation.All","id":"7e847308-e030-4183-9899-5235d7270f58","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChatMember.Read.All","id":"a3410be2-8e48-4f32-8454-c29a7465209d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChatMember.Read.WhereInstalled","id":"93e7c9e4-54c5-4a41-b796-f2a5adaacda7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChatMember.ReadWrite.All","id":"57257249-34ce-4810-a8a2-a03adf0c5693","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChatMember.ReadWrite.WhereInstalled","id":"e32c2cd9-0124-4e44-88fc-772cd98afbdb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ChatMessage.Read.All","id":"b9bb2381-47a4-46cd-aafb-00cb12f68504","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CloudApp-Discovery.Read.All","id":"64a59178-dad3-4673-89db-84fdcd622fec","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CloudPC.Read.All","id":"a9e09520-8ed4-4cde-838e-4fdea192c227","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CloudPC.ReadWrite.All","id":"3b4349e1-8cf5-45a3-95b7-69d1751d3e6a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Community.Read.All","id":"407f0cce-3212-441f-9f55-3bc91342cf86","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Community.ReadWrite.All","id":"35d59e32-eab5-4553-9345-abb62b4c703c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ConfigurationMonitoring.Read.All","id":"aca929ec-9830-44dc-bda1-85cf938aaa95","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ConfigurationMonitoring.ReadWrite.All","id":"cfa85bfb-2ee8-4e13-8e7f-489e57a015a1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ConsentRequest.Read.All","id":"1260ad83-98fb-4785-abbb-d6cc1806fd41","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ConsentRequest.ReadWrite.All","id":"9f1b81a7-0223-4428-bfa4-0bcb5535f27d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Contacts-OnPremisesSyncBehavior.ReadWrite.All","id":"c8948c23-e66b-42db-83fd-770b71ab78d2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Contacts.Read","id":"089fe4d0-434a-44c5-8827-41ba8a0b17f5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Contacts.ReadWrite","id":"6918b873-d17a-4dc1-b314-35f528134491","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Content.Process.All","id":"5ad511bf-571c-4ef6-8c3c-85b94b85df98","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Content.Process.User","id":"24ceb246-ad29-4680-90b4-3e91ffad15eb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ContentActivity.Read","id":"368425e7-6954-4f5a-9d92-90b75bd580c9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ContentActivity.Write","id":"2932e07a-3c29-44e4-bb36-6d0fc176387f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Contracts.Read.All","id":"f9af4646-98b0-4e9d-a53e-40d4f6452fc4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CopilotPackages.Read.All","id":"72f0655d-6228-4ddc-8e1b-164973b9213b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CopilotPackages.ReadWrite.All","id":"ed31732f-9495-47ed-ba3b-4ed0948c1c64","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CopilotPolicySettings.Read","id":"556d5e2e-1081-4452-8147-26c3a1b06f58","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CopilotPolicySettings.ReadWrite","id":"cc147c17-b8e8-4d3f-9f94-aa9e279a079a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantInformation.ReadBasic.All","id":"cac88765-0581-4025-9725-5ebc13f729ee","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantUserProfileSharing.Read.All","id":"8b919d44-6192-4f3d-8a3b-f86f8069ae3c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantUserProfileSharing.ReadWrite.All","id":"306785c5-c09b-4ba0-a4ee-023f3da165cb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomAuthenticationExtension.Read.All","id":"88bb2658-5d9e-454f-aacd-a3933e079526","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomAuthenticationExtension.ReadWrite.All","id":"c2667967-7050-4e7e-b059-4cbbb3811d03","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomAuthenticationExtension.Receive.Payload","id":"214e810f-fda8-4fd7-a475-29461495eb00","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomDetection.Read.All","id":"673a007a-9e0f-4c97-b066-3c0164486909","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomDetection.ReadWrite.All","id":"e0fd9c8d-a12e-4cc9-9827-20c8c3cd6fb8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeAssignment.Read.All","id":"3b37c5a4-1226-493d-bec3-5d6c6b866f3f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeAssignment.ReadWrite.All","id":"de89b5e4-5b8f-48eb-8925-29c2b33bd8bd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeAuditLogs.Read.All","id":"2a4f026d-e829-4e84-bdbf-d981a2703059","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeDefinition.Read.All","id":"b185aa14-d8d2-42c1-a685-0f5596613624","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeDefinition.ReadWrite.All","id":"12338004-21f4-4896-bf5e-b75dfaf1016d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeProvisioning.Read.All","id":"9fd1f8bf-a443-4df6-bc2a-5d00c5ec7828","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeProvisioning.ReadWrite.All","id":"1db69e9c-8d0a-498d-a5df-11fd0b68ceab","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomTags.Read.All","id":"ab8a5872-7c88-47a6-8141-7becce939190","type":"application","adminConsentRequired":true,"enabled":true},{"name":"CustomTags.ReadWrite.All","id":"2f503208-e509-4e39-974c-8cc16e5785c9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DelegatedAdminRelationship.Read.All","id":"f6e9e124-4586-492f-adc0-c6f96e4823fd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DelegatedAdminRelationship.ReadWrite.All","id":"cc13eba4-8cd8-44c6-b4d4-f93237adce58","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DelegatedPermissionGrant.Read.All","id":"81b4724a-58aa-41c1-8a55-84ef97466587","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DelegatedPermissionGrant.ReadWrite.All","id":"8e8e4742-1d95-4f68-9d56-6ee75648c72a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Device.Read.All","id":"7438b122-aefc-4978-80ed-43db9fcc7715","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Device.ReadWrite.All","id":"1138cb37-bd11-4084-a2b7-9f71582aeddb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceLocalCredential.Read.All","id":"884b599e-4d48-43a5-ba94-15c414d00588","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceLocalCredential.ReadBasic.All","id":"db51be59-e728-414b-b800-e0f010df1a79","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementApps.Read.All","id":"7a6ee1e7-141e-4cec-ae74-d9db155731ff","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementApps.ReadWrite.All","id":"78145de6-330d-4800-a6ce-494ff2d33d07","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementCloudCA.Read.All","id":"315b6e8c-d92a-4691-919d-00ce76d1344a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementCloudCA.ReadWrite.All","id":"f15eb2ba-ef8a-4f70-991d-da5d045154e2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementConfiguration.Read.All","id":"dc377aa6-52d8-4e23-b271-2a7ae04cedf3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementConfiguration.ReadWrite.All","id":"9241abd9-d0e6-425a-bd4f-47ba86e767a4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementDeploymentPlans.Read.All","id":"c5825671-0390-4bf2-b99b-80496fd4b673","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementDeploymentPlans.ReadWrite.All","id":"68356fd1-028d-4ce3-b724-241dec11127a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementManagedDevices.PrivilegedOperations.All","id":"5b07b0dd-2377-4e44-a38d-703f09a0dc3c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementManagedDevices.Read.All","id":"2f51be20-0bb4-4fed-bf7b-db946066c75e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementManagedDevices.ReadWrite.All","id":"243333ab-4d21-40cb-a475-36241daa0842","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementRBAC.Read.All","id":"58ca0d9a-1575-47e1-a3cb-007ef2e4583b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementRBAC.ReadWrite.All","id":"e330c4f0-4170-414e-a55a-2f022ec2b57b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementScripts.Read.All","id":"c7a5be92-2b3d-4540-8a67-c96dcaae8b43","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementScripts.ReadWrite.All","id":"9255e99d-faf5-445e-bbf7-cb71482737c4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementServiceConfig.Read.All","id":"06a5fe6d-c49d-46a7-b082-56b1b14103c7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementServiceConfig.ReadWrite.All","id":"5ac13192-7ace-4fcf-b828-1a26f28068ee","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceTemplate.Create","id":"abf6441f-0772-4932-96e7-0191478dd73a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceTemplate.Read.All","id":"dd9febb5-0c6d-419f-b256-3afe12c6adeb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DeviceTemplate.ReadWrite.All","id":"9fadb66e-6421-4744-aede-4ab6fb98a884","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Directory.Read.All","id":"7ab1d382-f21e-4acd-a863-ba3e13f7da61","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Directory.ReadWrite.All","id":"19dbc75e-c2e2-444c-a770-ec69d8559fc7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DirectoryRecommendations.Read.All","id":"ae73097b-cb2a-4447-b064-5d80f6093921","type":"application","adminConsentRequired":true,"enabled":true},{"name":"DirectoryRecommendations.ReadWrite.All","id":"0e9eea12-4f01-45f6-9b8d-3ea4c8144158","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Domain-InternalFederation.Read.All","id":"c0e5a7b0-e8b7-40a7-b8e0-8249e6ea81d5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Domain-InternalFederation.ReadWrite.All","id":"64d40371-8d58-4270-bc8a-b4a66de36b9a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Domain.Read.All","id":"dbb9058a-0e50-45d7-ae91-66909b5d4664","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Domain.ReadWrite.All","id":"7e05723c-0bb0-42da-be95-ae9f08a6e53c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduAdministration.Read.All","id":"7c9db06a-ec2d-4e7b-a592-5a1e30992566","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduAdministration.ReadWrite.All","id":"9bc431c3-b8bc-4a8d-a219-40f10f92eff6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.Read.All","id":"4c37e1b6-35a1-43bf-926a-6f30f2cdf585","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.ReadBasic.All","id":"6e0a958b-b7fc-4348-b7c4-a6ab9fd3dd0e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.ReadWrite.All","id":"0d22204b-6cad-4dd0-8362-3e3f2ae699d9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.ReadWriteBasic.All","id":"f431cc63-a2de-48c4-8054-a34bc093af84","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduCurricula.Read.All","id":"6cdb464c-3a03-40f8-900b-4cb7ea1da9c0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduCurricula.ReadWrite.All","id":"6a0c2318-d59d-4c7d-bf2e-5f3902dc2593","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduReports-Reading.Read.All","id":"ad248c30-1919-40c8-b3d2-304481894e88","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduReports-Reading.ReadAnonymous.All","id":"040330d7-be7e-4130-b349-a6eb3a56e2f8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduReports-Reflect.Read.All","id":"c5debf73-bdc8-473d-bf07-f4074ad05f71","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduReports-Reflect.ReadAnonymous.All","id":"f5d05dba-7ef0-46fc-b62c-a7282555f428","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduRoster.Read.All","id":"e0ac9e1b-cb65-4fc5-87c5-1a8bc181f648","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduRoster.ReadBasic.All","id":"0d412a8c-a06c-439f-b3ec-8abcf54d2f96","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EduRoster.ReadWrite.All","id":"d1808e82-ce13-47af-ae0d-f9b254e6d58a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementConversation.Migration.All","id":"e1d2136d-eaaf-427a-a7db-f97dbe847c27","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementConversation.Read.All","id":"2c495153-cd0e-41b4-9980-3bcecf1ca22f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementConversation.ReadWrite.All","id":"bfbd4840-fba0-43a7-93a9-465b687e47d0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementExport.Read.All","id":"eda8c187-a7d5-42cb-b2e1-c9142f63899f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementMeetingConversation.Read.All","id":"d746beae-b46e-446e-924a-5b805a5c4467","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementRole.Read.All","id":"30614864-4114-45ef-bdd9-0dd7894a1cc4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EngagementRole.ReadWrite.All","id":"3ede5358-7366-4da8-a2f7-472bf9c7cc34","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EntitlementManagement.Read.All","id":"c74fd47d-ed3c-45c3-9a9e-b8676de685d2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EntitlementManagement.ReadWrite.All","id":"9acd699f-1e81-4958-b001-93b1d2506e19","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EntraBackup.Read.All","id":"56eda3c5-3834-4815-bd41-6f8fa1295247","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EventListener.Read.All","id":"b7f6385c-6ce6-4639-a480-e23c42ed9784","type":"application","adminConsentRequired":true,"enabled":true},{"name":"EventListener.ReadWrite.All","id":"0edf5e9e-4ce8-468a-8432-d08631d18c43","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExchangeMessageTrace.Read.All","id":"89b20d8a-76e2-4057-867b-9961f800b9a4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalConnection.Read.All","id":"1914711b-a1cb-4793-b019-c2ce0ed21b8c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalConnection.ReadWrite.All","id":"34c37bc0-2b40-4d5e-85e1-2365cd256d79","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalConnection.ReadWrite.OwnedBy","id":"f431331c-49a6-499f-be1c-62af19c34a9d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalItem.Read.All","id":"7a7cffad-37d2-4f48-afa4-c6ab129adcc2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalItem.ReadWrite.All","id":"38c3d6ee-69ee-422f-b954-e17819665354","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalItem.ReadWrite.OwnedBy","id":"8116ae0f-55c2-452d-9944-d18420f5b2c8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalUserProfile.Read.All","id":"1987d7a0-d602-4262-ab90-cfdd43b37545","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ExternalUserProfile.ReadWrite.All","id":"761327c9-d819-4c08-9a5f-874cd2826608","type":"application","adminConsentRequired":true,"enabled":true},{"name":"FileIngestion.Ingest","id":"65891b00-2fd9-4e33-be27-04a53132e3df","type":"application","adminConsentRequired":true,"enabled":true},{"name":"FileIngestionHybridOnboarding.Manage","id":"766c601b-c009-4438-8290-c8b05fa00c4b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"FileStorageContainer.Selected","id":"40dc41bc-0f7e-42ff-89bd-d9516947e474","type":"application","adminConsentRequired":true,"enabled":true},{"name":"FileStorageContainerTypeReg.Selected","id":"2dcc6599-bd30-442b-8f11-90f88ad441dc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Files.Read.All","id":"01d4889c-1287-42c6-ac1f-5d1e02578ef6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Files.ReadWrite.All","id":"75359482-378d-4052-8f01-80520e7db3cd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Files.ReadWrite.AppFolder","id":"b47b160b-1054-4efd-9ca0-e2f614696086","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Files.SelectedOperations.Selected","id":"bd61925e-3bf4-4d62-bc0b-06b06c96d95c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group-Conversation.Read.All","id":"4f0a8235-6f6f-4ec7-9500-34b452a4a0c3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group-Conversation.ReadWrite.All","id":"6679c91b-820a-4900-ab47-e97b197a89c4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group-NestingSupport.ReadWrite.All","id":"2d53948b-d2c5-4008-9c4e-6361bf192555","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group-OnPremisesSyncBehavior.ReadWrite.All","id":"2d9bd318-b883-40be-9df7-63ec4fcdc424","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group-XTenantIdentitySync.Read.All","id":"35b96aac-d839-4362-abd4-7381f2b27ccd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group.Create","id":"bf7b1a76-6e77-406b-b258-bf5c7720e98f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group.ManageProtection.All","id":"60f8cea0-2476-45c9-ab18-70e79e60ad14","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group.Read.All","id":"5b567255-7703-4780-807c-7be8301ae99b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Group.ReadWrite.All","id":"62a82d76-70ea-41e2-9197-370581804d09","type":"application","adminConsentRequired":true,"enabled":true},{"name":"GroupMember.Read.All","id":"98830695-27a2-44f7-8c18-0c3ebc9698f6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"GroupMember.ReadWrite.All","id":"dbaae8cf-10b5-4b86-a4a1-f871c94c6695","type":"application","adminConsentRequired":true,"enabled":true},{"name":"GroupSettings.Read.All","id":"f3c4f514-c65a-43f5-bfce-1735872258dd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"GroupSettings.ReadWrite.All","id":"546168c3-1183-4281-9491-fafb24dea37e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlert.Read.All","id":"5183ed5d-b7f8-4e9a-915e-dafb46b9cb62","type":"application","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlert.ReadWrite.All","id":"ac29eb50-f2f9-4518-a117-4bef18e84c7d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlertConfig.Read.All","id":"bb424d73-e898-4c97-9d42-688c32810003","type":"application","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlertConfig.ReadWrite.All","id":"432e76f0-8af6-4315-a853-66ab9538f480","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityNotifications.Read.All","id":"52ced3dd-dbb6-41a0-9ce5-61a056be97b8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityNotifications.ReadWrite.All","id":"d9fe7b9f-cb27-4289-9cb4-54debd9d3c25","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityProvider.Read.All","id":"e321f0bb-e7f7-481e-bb28-e3b0b32d4bd0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityProvider.ReadWrite.All","id":"90db2b9a-d928-4d33-a4dd-8442ae3d41e4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskEvent.Read.All","id":"6e472fd1-ad78-48da-a0f0-97ab2c6b769e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskEvent.ReadWrite.All","id":"db06fb33-1953-4b7b-a2ac-f1e2c854f7ae","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyAgent.Read.All","id":"4aadfb66-d49a-414a-a883-d8c240b6fa33","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyAgent.ReadWrite.All","id":"dca4e4fd-a7cf-4e6f-86d1-d1ec094d766e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyServicePrincipal.Read.All","id":"607c7344-0eed-41e5-823a-9695ebe1b7b0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyServicePrincipal.ReadWrite.All","id":"cb8d6980-6bcb-4507-afec-ed6de3a2d798","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyUser.Read.All","id":"dc5007c0-2d7d-4c42-879c-2dab87571379","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyUser.ReadWrite.All","id":"656f6061-f9fe-4807-9708-6a2e0934df76","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityUserFlow.Read.All","id":"1b0c317f-dd31-4305-9932-259a8b6e8099","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IdentityUserFlow.ReadWrite.All","id":"65319a09-a2be-469d-8782-f6b07debf789","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-DataConnector.Read.All","id":"7ab52c2f-a2ee-4d98-9ebc-725e3934aae2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-DataConnector.ReadWrite.All","id":"eda0971c-482e-4345-b28f-69c309cb8a34","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-DataConnector.Upload","id":"9334c44b-a7c6-4350-8036-6bf8e02b4c1f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-InboundFlow.Read.All","id":"305f6ba2-049a-4b1b-88bb-fe7e08758a00","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-InboundFlow.ReadWrite.All","id":"e688c61f-d4c6-4d64-a197-3bcf6ba1d6ad","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-OutboundFlow.Read.All","id":"61d0354c-5d88-483c-b974-a37ec3395a2c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-OutboundFlow.ReadWrite.All","id":"24a65b4a-e501-47e2-8849-d679517887f0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-ReferenceDefinition.Read.All","id":"6ee891c3-74a4-4148-8463-0c834375dfaf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-ReferenceDefinition.ReadWrite.All","id":"bda16293-63d3-45b7-b16b-833841d27d56","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-Run.Read.All","id":"f6f5d10b-3024-4d1d-b674-aae4df4a1a73","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-Run.Start","id":"7e429772-5b5e-47c0-8fd6-7279294c8033","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-SourceSystem.Read.All","id":"bc167a60-39fe-4865-8b44-78400fc6ed03","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-SourceSystem.ReadWrite.All","id":"7d866958-e06e-4dd6-91c6-a086b3f5cfeb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-TimePeriod.Read.All","id":"7c55c952-b095-4c23-a522-022bce4cc1e3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-TimePeriod.ReadWrite.All","id":"7afa7744-a782-4a32-b8c2-e3db637e8de7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"IndustryData.ReadBasic.All","id":"4f5ac95f-62fd-472c-b60f-125d24ca0bc5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"InformationProtectionConfig.Read.All","id":"14f49b9f-4bf2-4d24-b80e-b27ec58409bd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"InformationProtectionContent.Sign.All","id":"cbe6c7e4-09aa-4b8d-b3c3-2dbb59af4b54","type":"application","adminConsentRequired":true,"enabled":true},{"name":"InformationProtectionContent.Write.All","id":"287bd98c-e865-4e8c-bade-1a85523195b9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"InformationProtectionPolicy.Read.All","id":"19da66cb-0fb0-4390-b071-ebc76a349482","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Insights-UserMetric.Read.All","id":"34cbd96c-d824-4755-90d3-1008ef47efc1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LearningAssignedCourse.Read.All","id":"535e6066-2894-49ef-ab33-e2c6d064bb81","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LearningAssignedCourse.ReadWrite.All","id":"236c1cbd-1187-427f-b0f5-b1852454973b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LearningContent.Read.All","id":"8740813e-d8aa-4204-860e-2a0f8f84dbc8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LearningContent.ReadWrite.All","id":"444d6fcb-b738-41e5-b103-ac4f2a2628a3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LearningSelfInitiatedCourse.Read.All","id":"467524fc-ed22-4356-a910-af61191e3503","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LearningSelfInitiatedCourse.ReadWrite.All","id":"7654ed61-8965-4025-846a-0856ec02b5b0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LicenseAssignment.Read.All","id":"e2f98668-2877-4f38-a2f4-8202e0717aa1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LicenseAssignment.ReadWrite.All","id":"5facf0c1-8979-4e95-abcf-ff3d079771c0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecyclePolicies-AgentId.Read.All","id":"6343d63f-034f-45b5-832d-9f9d7632e182","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecyclePolicies-AgentId.ReadWrite.All","id":"00d1c504-8dc7-461b-8a0b-dc15c8f1bd5a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-CustomExt.Read.All","id":"2cb19e7d-9012-40bf-9a22-69fc776af8b0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-CustomExt.ReadWrite.All","id":"3351c766-bacc-4d93-94fa-f2c8b1986ee7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Reports.Read.All","id":"fe615156-48b5-4c83-b613-e6e31a43c446","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.Activate","id":"3a87a643-13d2-47aa-8d6a-b0a8377cb03b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.Read.All","id":"03b0ad3e-fc2b-4ef1-b0ff-252e865cb608","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.ReadBasic.All","id":"021ea6db-c06b-45c6-8c9c-c1cd9a37a483","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.ReadWrite.All","id":"94c88098-1d9d-4c42-a356-4d5a95312554","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows.Read.All","id":"7c67316a-232a-4b84-be22-cea2c0906404","type":"application","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows.ReadWrite.All","id":"5c505cf4-8424-4b8e-aa14-ee06e3bb23e3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ListItems.SelectedOperations.Selected","id":"de4e4161-a10a-4dfd-809c-e328d89aefeb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Lists.SelectedOperations.Selected","id":"23c5a9bd-d900-4ecf-be26-a0689755d9e5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Mail-Advanced.ReadWrite.All","id":"e118f1da-5c1c-46cf-bff6-8858d786f46f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Mail.Read","id":"810c84a8-4a9e-49e6-bf7d-12d183f40d01","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Mail.ReadBasic","id":"6be147d2-ea4f-4b5a-a3fa-3eab6f3c140a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Mail.ReadBasic.All","id":"693c5e45-0940-467d-9b8a-1022fb9d42ef","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Mail.ReadWrite","id":"e2a3a72e-5f79-4c64-b1b1-878b674786c9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Mail.Send","id":"b633e1c5-b582-4048-a93e-9f11b44c7e96","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailTips.ReadBasic.All","id":"a2c9652d-4d7f-4e4e-9d75-ac32fdc6f413","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxConfigItem.Read","id":"27d9d776-f4d2-426d-80ad-5f22f2b01b0a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxConfigItem.ReadWrite","id":"aa6d92d4-b25a-4640-aefe-3e3231e5e736","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxFolder.Read.All","id":"99280d24-a782-4793-93cc-0888549957f6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxFolder.ReadWrite.All","id":"fef87b92-8391-4589-9da7-eb93dab7dc8a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxItem.Export.All","id":"937550e9-33a3-494b-88ae-d9cd394b1fbb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxItem.ImportExport.All","id":"76577085-e73d-4f1d-b26a-85fb33892327","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxItem.Read.All","id":"7d9f353d-a7bd-4fbb-822a-26d5dd39a3ce","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxItem.ReadWrite.All","id":"1583d471-fede-4e7c-b062-57e9d60cfb49","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxSettings.Read","id":"40f97065-369a-49f4-947c-6a255697ae91","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MailboxSettings.ReadWrite","id":"6931bccd-447a-43d1-b442-00a195474933","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Member.Read.Hidden","id":"658aa5d8-239f-45c4-aa12-864f4fc7e490","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MultiTenantOrganization.Read.All","id":"4f994bc0-31bb-44bb-b480-7a7c1be8c02e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MultiTenantOrganization.ReadBasic.All","id":"f9c2b2a7-3895-4b2e-80f6-c924b456e50b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MultiTenantOrganization.ReadWrite.All","id":"920def01-ca61-4d2d-b3df-105b46046a70","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MutualTlsOauthConfiguration.Read.All","id":"6daaff82-2880-496d-9d80-57e8e31195e2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"MutualTlsOauthConfiguration.ReadWrite.All","id":"78bbf8cf-07d8-45ba-b0eb-1a7b48efbcf1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccess-Reports.Read.All","id":"40049381-3cc1-42af-94ec-5ce755db4b0d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccess.Read.All","id":"e30060de-caa5-4331-99d3-6ac6c966a9a4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccess.ReadWrite.All","id":"b10642fc-a6cf-4c46-87f9-e1f96c2a18aa","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccessBranch.Read.All","id":"39ae4a24-1ef0-49e8-9d63-2a66f5c39edd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccessBranch.ReadWrite.All","id":"8137102d-ec16-4191-aaf8-7aeda8026183","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccessPolicy.Read.All","id":"8a3d36bf-cb46-4bcc-bec9-8d92829dab84","type":"application","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccessPolicy.ReadWrite.All","id":"f0c341be-8348-4989-8e43-660324294538","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Notes.Read.All","id":"3aeca27b-ee3a-4c2b-8ded-80376e2134a4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Notes.ReadWrite.All","id":"0c458cef-11f3-48c2-a568-c66751c238c0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnPremDirectorySynchronization.Read.All","id":"bb70e231-92dc-4729-aff5-697b3f04be95","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnPremDirectorySynchronization.ReadWrite.All","id":"c22a92cc-79bf-4bb1-8b6c-e0a05d3d80ce","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnPremisesPublishingProfiles.ReadWrite.All","id":"0b57845e-aa49-4e6f-8109-ce654fffa618","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingAiInsight.Read.All","id":"c0cf7895-985f-42d4-a693-b618f36674ad","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingAiInsight.Read.Chat","id":"01892c31-3b66-4bcf-b5f5-bf0a03d5ed9f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingArtifact.Read.All","id":"df01ed3b-eb61-4eca-9965-6b3d789751b2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingRecording.Read.All","id":"a4a08342-c95d-476b-b943-97e100569c8d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingTranscript.Read.All","id":"a4a80d8d-d283-4bd8-8504-555ec3870630","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetings.Read.All","id":"c1684f21-1984-47fa-9d61-2dc8c296bb70","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetings.ReadWrite.All","id":"b8bb2037-6e08-44ac-a4ea-4674e010e2a4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgContact.Read.All","id":"e1a88a34-94c4-4418-be12-c87b00e26bea","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-AppsAndServices.Read.All","id":"56c84fa9-ea1f-4a15-90f2-90ef41ece2c9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-AppsAndServices.ReadWrite.All","id":"4a8e4191-c1c8-45f8-b801-f9a1a5ee6ad3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-DynamicsVoice.Read.All","id":"c18ae2dc-d9f3-4495-a93f-18980a0e159f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-DynamicsVoice.ReadWrite.All","id":"c3f1cc32-8bbd-4ab6-bd33-f270e0d9e041","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Forms.Read.All","id":"434d7c66-07c6-4b1f-ab21-417cf2cdaaca","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Forms.ReadWrite.All","id":"2cb92fee-97a3-4034-8702-24a6f5d0d1e9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Microsoft365Install.Read.All","id":"6cdf1fb1-b46f-424f-9493-07247caa22e2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Microsoft365Install.ReadWrite.All","id":"83f7232f-763c-47b2-a097-e35d2cbe1da5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Todo.Read.All","id":"e4d9cd09-d858-4363-9410-abb96737f0cf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Todo.ReadWrite.All","id":"5febc9da-e0d0-4576-bd13-ae70b2179a39","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Organization.Read.All","id":"498476ce-e0fe-48b0-b801-37ba7e2685c6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Organization.ReadWrite.All","id":"292d869f-3427-49a8-9dab-8c70152b74e9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrganizationalBranding.Read.All","id":"eb76ac34-0d62-4454-b97c-185e4250dc20","type":"application","adminConsentRequired":true,"enabled":true},{"name":"OrganizationalBranding.ReadWrite.All","id":"d2ebfbc1-a5f8-424b-83a6-56ab5927a73c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PartnerBilling.Read.All","id":"7c3e1994-38ff-4412-a99b-9369f6bb7706","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PartnerSecurity.Read.All","id":"21ffa320-2e7f-47d3-a466-7ff04d2dd68d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PartnerSecurity.ReadWrite.All","id":"04a2c935-5b4b-474a-be42-11f53111f271","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PendingExternalUserProfile.Read.All","id":"bdfb26d9-bb36-49be-9b4c-b8cbf4b05808","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PendingExternalUserProfile.ReadWrite.All","id":"8363c2b8-6ff7-420b-9966-c5884c2d48bc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"People.Read.All","id":"b528084d-ad10-4598-8b93-929746b4d7d6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PeopleSettings.Read.All","id":"ef02f2e7-e22d-4c77-8614-8f765683b86e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PeopleSettings.ReadWrite.All","id":"b6890674-9dd5-4e42-bb15-5af07f541ae1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Place.Read.All","id":"913b9306-0ce1-42b8-9137-6a7df690a760","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Place.ReadWrite.All","id":"f1f5e9aa-ad18-4b97-883e-6aa7e95b7a5f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PlaceDevice.Read.All","id":"8b724a84-ceac-4fd9-897e-e31ba8f2d7a3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PlaceDevice.ReadWrite.All","id":"2d510721-5c4e-43cd-bfdb-ac0f8819fb92","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PlaceDeviceTelemetry.ReadWrite.All","id":"27fc435f-44e2-4b30-bf3c-e0ce74aed618","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.All","id":"246dd0d5-5bd0-4def-940b-0421030a5b68","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.AuthenticationMethod","id":"8e3bc81b-d2f3-4b7b-838c-32c88218d2f0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.B2BManagementPolicy","id":"227900ff-df89-40f8-90e2-8157cf6995d5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.ConditionalAccess","id":"37730810-e9ba-4e46-b07e-8ca78d182097","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.CrossTenantAccess","id":"8fc84b9a-5c21-479b-ba9d-02d252d062aa","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.DeviceConfiguration","id":"bdba4817-6ba1-4a7c-8a01-be9bc7c242dd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.IdentityProtection","id":"b21b72f6-4e6a-4533-9112-47eea9f97b28","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.PermissionGrant","id":"9e640839-a198-48fb-8b9a-013fd6f6cbcd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.Recovery","id":"447f996a-7c58-4ce7-9a9e-da80381a45ab","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.AccessReview","id":"77c863fd-06c0-47ce-a7eb-49773e89d319","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ApplicationConfiguration","id":"be74164b-cff1-491c-8741-e671cb536e13","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.AuthenticationFlows","id":"25f85f3c-f66c-4205-8cd5-de92dd7f0cec","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.AuthenticationMethod","id":"29c18626-4985-4dcd-85c0-193eef327366","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.Authorization","id":"fb221be6-99f2-473f-bd32-01c6a0e9ca3b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.B2BManagementPolicy","id":"886bd2d9-5b8b-4b49-adea-ca75fb50d9ef","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ConditionalAccess","id":"01c0a623-fc9b-48e9-b794-0756f8e8f067","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ConsentRequest","id":"999f8c63-0a38-4f1b-91fd-ed1947bdd1a9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.CrossTenantAccess","id":"338163d7-f101-4c92-94ba-ca46fe52447c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.CrossTenantCapability","id":"a6325ae7-2b73-4dbd-abed-fbeacfbf8696","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.DeviceConfiguration","id":"230fb2d5-aa21-49c1-bfa7-ae1be179d867","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ExternalIdentities","id":"03cc4f92-788e-4ede-b93f-199424d144a5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.FeatureRollout","id":"2044e4f1-e56c-435b-925c-44cd8f6ba89a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.FedTokenValidation","id":"90bbca0b-227c-4cdc-8083-1c6cfb95bac6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.IdentityProtection","id":"2dcf8603-09eb-4078-b1ec-d30a1a76b873","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.PermissionGrant","id":"a402ca1c-2696-4531-972d-6e5ee4aa11ea","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.Recovery","id":"795fc94d-3deb-4632-b1eb-e6d1a5f44918","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.SecurityDefaults","id":"1c6e93a6-28e2-4cbb-9f64-1a46a821124d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.TrustFramework","id":"79a677f7-b79d-40d0-a36a-3e6f8688dd7a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PreAuthorizationGrant.Read.All","id":"66ae8ecc-328f-47f6-97ca-4d9e952df081","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Presence.Read.All","id":"a70e0c2d-e793-494c-94c4-118fa0a67f42","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Presence.ReadWrite.All","id":"83cded22-8297-4ff6-a7fa-e97e9545a259","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.Manage.All","id":"58a52f47-9e36-4b17-9ebe-ce4ef7f3e6c8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.Read.All","id":"ac6f956c-edea-44e4-bd06-64b1b4b9aec9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.ReadBasic.All","id":"fbf67eee-e074-4ef7-b965-ab5ce1c1f689","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.ReadWrite.All","id":"5114b07b-2898-4de7-a541-53b0004e2e13","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.ReadWriteBasic.All","id":"57878358-37f4-4d3a-8c20-4816e0d457b1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintSettings.Read.All","id":"b5991872-94cf-4652-9765-29535087c6d8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrintTaskDefinition.ReadWrite.All","id":"456b71a7-0ee0-4588-9842-c123fcc8f664","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Printer.Read.All","id":"9709bb33-4549-49d4-8ed9-a8f65e45bb0f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Printer.ReadWrite.All","id":"f5b3f73d-6247-44df-a74c-866173fddab0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess-CustomExt.Read.All","id":"e7ebe2d9-6e26-487a-8286-191d623a6904","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess-CustomExt.ReadWrite.All","id":"124325f3-0c46-4c57-a050-d6d1a82510f6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.Read.AzureAD","id":"4cdc2547-9148-4295-8d11-be0db1391d6b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.Read.AzureADGroup","id":"01e37dc9-c035-40bd-b438-b2879c4870a6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.Read.AzureResources","id":"5df6fe86-1be0-44eb-b916-7bd443a71236","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.ReadWrite.AzureAD","id":"854d9ab1-6657-4ec8-be45-823027bcd009","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.ReadWrite.AzureADGroup","id":"2f6817f8-7b12-4f0f-bc18-eeaf60705a9e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.ReadWrite.AzureResources","id":"6f9d5abc-2db6-400b-a267-7de22a40fb87","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.Read.AzureADGroup","id":"cd4161cb-f098-48f8-a884-1eda9a42434c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.Read.EntraAppRole","id":"3a728f2e-df1d-4294-9899-86f601fae70a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup","id":"41202f2c-f7ab-45be-b001-85c9728b9d69","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.ReadWrite.EntraAppRole","id":"81adad77-a25a-489d-ac43-321115620139","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.Remove.AzureADGroup","id":"55d1104b-3821-413d-b3ca-e2393d333cd3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.Read.AzureADGroup","id":"edb419d6-7edc-42a3-9345-509bfdf5d87c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.Read.EntraAppRole","id":"d2ab45a0-ed46-4f7f-806a-0f1146144d5a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup","id":"618b6020-bca8-4de6-99f6-ef445fa4d857","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.ReadWrite.EntraAppRole","id":"7f4c39f1-1aa7-44b7-ab05-38df2609c37a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.Remove.AzureADGroup","id":"55745561-7572-4314-a737-a2c2a1b0dd2e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProfilePhoto.Read.All","id":"e24d31aa-e1ab-4c80-85fe-23018690335d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProfilePhoto.ReadWrite.All","id":"27baa7f6-5dfb-4ba8-b1d3-1e812c143013","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProgramControl.Read.All","id":"eedb7fdd-7539-4345-a38b-4839e4a84cbd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProgramControl.ReadWrite.All","id":"60a901ed-09f7-4aa5-a16e-7dd3d6f9de36","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProtectionScopes.Compute.All","id":"e5a76501-dbb0-492c-ab55-5d09e8837263","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProtectionScopes.Compute.User","id":"fe696d63-5e1f-4515-8232-cccc316903c6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ProvisioningLog.Read.All","id":"091937d3-3e38-47a1-8649-b2f99d3035f1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PublicKeyInfrastructure.Read.All","id":"214fda0c-514a-4650-b037-b562b1a66124","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PublicKeyInfrastructure.ReadWrite.All","id":"a2b63618-5350-462d-b1b3-ba6eb3684e26","type":"application","adminConsentRequired":true,"enabled":true},{"name":"PullPrintPrinter.Read.All","id":"f369d3b8-fe98-4772-85e1-b23e7cf41982","type":"application","adminConsentRequired":true,"enabled":true},{"name":"QnA.Read.All","id":"ee49e170-1dd1-4030-b44c-61ad6e98f743","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RealTimeActivityFeed.Read.All","id":"abafe00f-ea87-4c63-b8a8-0e7bb0a88144","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RecordsManagement.Read.All","id":"ac3a2b8e-03a3-4da9-9ce0-cbe28bf1accd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RecordsManagement.ReadWrite.All","id":"eb158f57-df43-4751-8b21-b8932adb3d34","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RemoteTenantGroups.Read.All","id":"faa08cc0-0dcd-4ea9-9f9c-8b16f842b36e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ReportSettings.Read.All","id":"ee353f83-55ef-4b78-82da-555bfa2b4b95","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ReportSettings.ReadWrite.All","id":"2a60023f-3219-47ad-baa4-40e17cd02a1d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Reports.Read.All","id":"230c1aed-a721-4c5d-9cb4-a90514e508ef","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ResourceSpecificPermissionGrant.ReadForChat.All","id":"2ff643d8-43e4-4a9b-88c1-86cb4a4b4c2f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ResourceSpecificPermissionGrant.ReadForTeam.All","id":"ad4600ae-d900-42cb-a9a2-2415d05593d0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ResourceSpecificPermissionGrant.ReadForUser.All","id":"acfca4d5-f49f-40ed-9648-84068b474c73","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RiskPreventionProviders.Read.All","id":"2a6baefd-edea-4ff6-b24e-bebcaa27a50d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RiskPreventionProviders.ReadWrite.All","id":"7fc7225d-eb37-4c39-90f3-a33a57cf1081","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleAssignmentSchedule.Read.Directory","id":"d5fe8ce8-684c-4c83-a52c-46e882ce4be1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleAssignmentSchedule.ReadWrite.Directory","id":"dd199f4a-f148-40a4-a2ec-f0069cc799ec","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleAssignmentSchedule.Remove.Directory","id":"d3495511-98b7-4df3-b317-4e35c19f6129","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleEligibilitySchedule.Read.Directory","id":"ff278e11-4a33-4d0c-83d2-d01dc58929a5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleEligibilitySchedule.ReadWrite.Directory","id":"fee28b28-e1f3-4841-818e-2704dc62245f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleEligibilitySchedule.Remove.Directory","id":"79c7e69c-0d9f-4eff-97a8-49170a5a08ba","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.All","id":"c7fbd983-d9aa-4fa7-84b8-17382c103bc4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.CloudPC","id":"031a549a-bb80-49b6-8032-2068448c6a3c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.Defender","id":"4d6e30d1-e64e-4ae7-bf9d-c706cc928cef","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.Directory","id":"483bed4a-2ad3-4361-a73b-c83ccdbdc53c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.Exchange","id":"c769435f-f061-4d0b-8ff1-3d39870e5f85","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.CloudPC","id":"274d0592-d1b6-44bd-af1d-26d259bcb43a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.Defender","id":"8b7e8c0a-7e9d-4049-97ec-04b5e1bcaf05","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.Directory","id":"9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.Exchange","id":"025d3225-3f02-4882-b4c0-cd5b541a4e80","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementAlert.Read.Directory","id":"ef31918f-2d50-4755-8943-b8638c0a077e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementAlert.ReadWrite.Directory","id":"11059518-d6a6-4851-98ed-509268489c4a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.Read.AzureADGroup","id":"69e67828-780e-47fd-b28c-7b27d14864e6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.Read.Directory","id":"fdc4c997-9942-4479-bfcb-75a36d1138df","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.Read.EntraAppRole","id":"3d201a4e-90f1-420d-bd4f-3beec28a46b9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.ReadWrite.AzureADGroup","id":"b38dcc4d-a239-4ed6-aa84-6c65b284f97c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.ReadWrite.Directory","id":"31e08e0a-d3f7-4ca2-ac39-7343fb83e8ad","type":"application","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.ReadWrite.EntraAppRole","id":"ec563bdb-80dc-47c0-81d3-bff47cc6ac06","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Schedule-WorkingTime.ReadWrite.All","id":"0b21c159-dbf4-4dbb-a6f6-490e412c716e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Schedule.Read.All","id":"7b2ebf90-d836-437f-b90d-7b62722c4456","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Schedule.ReadWrite.All","id":"b7760610-0545-4e8a-9ec3-cce9e63db01c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SchedulePermissions.ReadWrite.All","id":"7239b71d-b402-4150-b13d-78ecfe8df441","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SearchConfiguration.Read.All","id":"ada977a5-b8b1-493b-9a91-66c206d76ecf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SearchConfiguration.ReadWrite.All","id":"0e778b85-fefa-466d-9eec-750569d92122","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityActions.Read.All","id":"5e0edab9-c148-49d0-b423-ac253e121825","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityActions.ReadWrite.All","id":"f2bf083f-0179-402a-bedb-b2784de8a49b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityAlert.Create.All","id":"06870c4c-7370-4a2a-ad10-239a337af816","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityAlert.Read.All","id":"472e4a4d-bb4a-4026-98d1-0b0d74cb74a5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityAlert.ReadWrite.All","id":"ed4fca05-be46-441f-9803-1873825f8fdb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityAnalyzedMessage.Read.All","id":"b48f7ac2-044d-4281-b02f-75db744d6f5f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityAnalyzedMessage.ReadWrite.All","id":"04c55753-2244-4c25-87fc-704ab82a4f69","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityEvents.Read.All","id":"bf394140-e372-4bf9-a898-299cfc7564e5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityEvents.ReadWrite.All","id":"d903a879-88e0-4c09-b0c9-82f6a1333f84","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesAccount.Read.All","id":"c5bc96f5-b4a1-4cfc-8189-d5f0d772278f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesActions.ReadWrite.All","id":"af2bf46f-7bf1-4be3-8bad-e17e279e8462","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesAutoConfig.Read.All","id":"58971758-9844-4fe4-9fba-7e4ce7a659bf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesAutoConfig.ReadWrite.All","id":"4f1f0deb-08d1-4ffb-8cca-21dfc362b7c0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesHealth.Read.All","id":"f8dcd971-5d83-4e1e-aa95-ef44611ad351","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesHealth.ReadWrite.All","id":"ab03ddd5-7ae4-4f2e-8af8-86654f7e0a27","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesMigration.Read.All","id":"b018cc1c-c680-4e91-bb6e-462ee243fdb5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesMigration.ReadWrite.All","id":"afd28a5a-707f-4edf-85c2-c446291e63da","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesSensors.Read.All","id":"5f0ffea2-f474-4cf2-9834-61cda2bcea5c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesSensors.ReadWrite.All","id":"d4dcee6d-0774-412a-b06c-aeabbd99e816","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesUserActions.Read.All","id":"3e5d0bee-973f-4736-a123-4e1ab146f3a8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesUserActions.ReadWrite.All","id":"b4146a3a-dd4f-4af4-8d91-7cc0eef3d041","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIncident.Read.All","id":"45cc0394-e837-488b-a098-1918f48d186c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SecurityIncident.ReadWrite.All","id":"34bf0e97-1971-4929-b999-9e2442d941d7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabel.Evaluate","id":"57f0b71b-a759-45a0-9a0f-cc099fbd9a44","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabel.Evaluate.All","id":"986fa56a-6680-4aac-af09-4d1765376739","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabel.Read","id":"3b8e7aad-f6e3-4299-83f8-6fc6a5777f0b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabels.Read.All","id":"e46a01e9-b2cf-4d89-8424-bcdc6dd445ab","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SentimentSurvey.Export.All","id":"84fa35c1-f997-4c1c-894c-bb52108cfbbf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-Exchange.Read.All","id":"2b655018-450a-4845-81e7-d603b1ebffdb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-Microsoft365Web.Read.All","id":"c766cb16-acc4-4663-ba09-6eedef5876c5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-OneDrive.Read.All","id":"57b4f899-b8c5-47c7-bdd3-c410c55602b7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-Teams.Read.All","id":"4dfee10b-fa4a-41b5-b34d-ccf54cc0c394","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServiceHealth.Read.All","id":"79c261e0-fe76-4144-aad5-bdc68fbe4037","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServiceMessage.Read.All","id":"1b620472-6534-4fe6-9df2-4680e8aa28ec","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServicePrincipalEndpoint.Read.All","id":"5256681e-b7f6-40c0-8447-2d9db68797a0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ServicePrincipalEndpoint.ReadWrite.All","id":"89c8469c-83ad-45f7-8ff2-6e3d4285709e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SharePointCrossTenantMigration.Manage.All","id":"a0521574-fcd8-4742-b29c-f796df57ea70","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SharePointCrossTenantMigration.Read.All","id":"f5fa52a5-b9ab-4dc3-885e-9e5b4a67068e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SharePointTenantSettings.Read.All","id":"83d4163d-a2d8-4d3b-9695-4ae3ca98f888","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SharePointTenantSettings.ReadWrite.All","id":"19b94e34-907c-4f43-bde9-38b1909ed408","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ShortNotes.Read.All","id":"0c7d31ec-31ca-4f58-b6ec-9950b6b0de69","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ShortNotes.ReadWrite.All","id":"842c284c-763d-4a97-838d-79787d129bab","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SignInIdentifier.Read.All","id":"28e1fe78-598f-4df4-b55e-18bf34218925","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SignInIdentifier.ReadWrite.All","id":"7fc588a2-ea2d-4d1f-bcf7-33c324b149b8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.Archive.All","id":"e3530185-4080-478c-a4ab-39322704df58","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.Create.All","id":"80819dd8-2b3b-4551-a1ad-2700fc44f533","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.FullControl.All","id":"a82116e5-55eb-4c41-a434-62fe8a61c773","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.Manage.All","id":"0c0bf378-bf22-4481-8f81-9e89a9b4960a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.Read.All","id":"332a536c-c7ef-4017-ab91-336970924f0d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.ReadWrite.All","id":"9492366f-7969-46a4-8d15-ed1a20078fff","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Sites.Selected","id":"883ea226-0bf2-4a8f-9f9d-92c9162a727d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SpiffeTrustDomain.Read.All","id":"dcdfc277-41fd-4d68-ad0c-c3057235bd8e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SpiffeTrustDomain.ReadWrite.All","id":"17b78cfd-eeff-447d-8bab-2795af00055a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Storyline.ReadWrite.All","id":"6eff534b-699e-44d9-af61-a4182f0ec37e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SubjectRightsRequest.Read.All","id":"ee1460f0-368b-4153-870a-4e1ca7e72c42","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SubjectRightsRequest.ReadWrite.All","id":"8387eaa4-1a3c-41f5-b261-f888138e6041","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Synchronization.Read.All","id":"5ba43d2f-fa88-4db2-bd1c-a67c5f0fb1ce","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Synchronization.ReadWrite.All","id":"9b50c33d-700f-43b1-b2eb-87e89b703581","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SynchronizationData-User.Upload","id":"db31e92a-b9ea-4d87-bf6a-75a37a9ca35a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"SynchronizationData-User.Upload.OwnedBy","id":"25c32ff3-849a-494b-b94f-20a8ac4e6774","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Tasks.Read.All","id":"f10e1f91-74ed-437f-a6fd-d6ae88e26c1f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Tasks.ReadWrite.All","id":"44e666d1-d276-445b-a5fc-8815eeb81d55","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Team.Create","id":"23fc2474-f741-46ce-8465-674744c5c361","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Team.ReadBasic.All","id":"2280dda6-0bfd-44ee-a2f4-cb867cfc4c1e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamMember.Read.All","id":"660b7406-55f1-41ca-a0ed-0b035e182f3e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamMember.ReadWrite.All","id":"0121dc95-1b9f-4aed-8bac-58c5ac466691","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamMember.ReadWriteNonOwnerRole.All","id":"4437522e-9a86-4a41-a7da-e380edd4a97d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamSettings.Read.All","id":"242607bd-1d2c-432c-82eb-bdb27baa23ab","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamSettings.ReadWrite.All","id":"bdd80a03-d9bc-451d-b7c4-ce7c63fe3c8f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamTemplates.Read.All","id":"6323133e-1f6e-46d4-9372-ac33a0870636","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsActivity.Read.All","id":"70dec828-f620-4914-aa83-a29117306807","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsActivity.Send","id":"a267235f-af13-44dc-8385-c1dc93023186","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ManageSelectedForChat.All","id":"22b74aab-d9e4-46f7-9424-f24b42307227","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ManageSelectedForTeam.All","id":"b448d252-1f26-4227-b6ff-21ab510975a2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ManageSelectedForUser.All","id":"e97a9235-5b3c-43c4-b37d-6786a173fae4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.Read.All","id":"0fdf35a5-82f8-41ff-9ded-0b761cc73512","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadForChat.All","id":"cc7e7635-2586-41d6-adaa-a8d3bcad5ee5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadForTeam.All","id":"1f615aea-6bf9-4b05-84bd-46388e138537","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadForUser.All","id":"9ce09611-f4f7-4abd-a629-a05450422a97","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadSelectedForChat.All","id":"53d40ddb-9b27-4c97-b800-985be6041990","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadSelectedForTeam.All","id":"93c6a289-70fd-489e-a053-6cf8f7d772f6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadSelectedForUser.All","id":"44fb0e7c-1f9a-47f1-bb9e-7f92d48ed288","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentForChat.All","id":"6e74eff9-4a21-45d6-bc03-3a20f61f8281","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentForTeam.All","id":"b0c13be0-8e20-4bc5-8c55-963c23a39ce9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentForUser.All","id":"32ca478f-f89e-41d0-aaf8-101deb7da510","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentSelfForChat.All","id":"ba1ba90b-2d8f-487e-9f16-80728d85bb5c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentSelfForTeam.All","id":"1e4be56c-312e-42b8-a2c9-009600d732c0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentSelfForUser.All","id":"a87076cf-6abd-4e56-8559-4dbdf41bef96","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteForChat.All","id":"9e19bae1-2623-4c4f-ab6e-2664615ff9a0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteForTeam.All","id":"5dad17ba-f6cc-4954-a5a2-a0dcc95154f0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteForUser.All","id":"74ef0291-ca83-4d02-8c7e-d2391e6a444f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelectedForChat.All","id":"25bbeaad-04be-4207-83ed-a263aae76ddf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelectedForTeam.All","id":"7b5823ae-d0f2-424d-b90c-d843ffada7d9","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelectedForUser.All","id":"650a76ec-4118-4b25-9d3a-1f98048a5ee0","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelfForChat.All","id":"73a45059-f39c-4baf-9182-4954ac0e55cf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelfForTeam.All","id":"9f67436c-5415-4e7f-8ac1-3014a7132630","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelfForUser.All","id":"908de74d-f8b2-4d6b-a9ed-2a17b3b78179","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsPolicyUserAssign.ReadWrite.All","id":"1801e8f4-cf09-4c4e-a1b5-036dfcca6c90","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsResourceAccount.Read.All","id":"b55aa226-33a1-4396-bcf4-edce5e7a31c1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.Create","id":"49981c42-fd7b-4530-be03-e77b21aed25e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.Read.All","id":"46890524-499a-4bb2-ad64-1476b4f3e1cf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWrite.All","id":"a96d855f-016b-47d7-b51c-1218a98d791c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteForChat.All","id":"fd9ce730-a250-40dc-bd44-8dc8d20f39ea","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteForTeam.All","id":"6163d4f4-fbf8-43da-a7b4-060fe85ed148","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteForUser.All","id":"425b4b59-d5af-45c8-832f-bb0b7402348a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteSelfForChat.All","id":"9f62e4a2-a2d6-4350-b28b-d244728c4f86","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteSelfForTeam.All","id":"91c32b81-0ef0-453f-a5c7-4ce2e562f449","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteSelfForUser.All","id":"3c42dec6-49e8-4a0a-b469-36cff0d9da93","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTelephoneNumber.Read.All","id":"39b17d18-680c-41f4-b9c2-5f30629e7cb6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsTelephoneNumber.ReadWrite.All","id":"0a42382f-155c-4eb1-9bdc-21548ccaa387","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamsUserConfiguration.Read.All","id":"a91eadaf-2c3c-4362-908b-fb172d208fc6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Teamwork.Migrate.All","id":"dfb0dd15-61de-45b2-be36-d6a69fba3c79","type":"application","adminConsentRequired":true,"enabled":true},{"name":"Teamwork.Read.All","id":"75bcfbce-a647-4fba-ad51-b63d73b210f4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkAppSettings.Read.All","id":"475ebe88-f071-4bd7-af2b-642952bd4986","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkAppSettings.ReadWrite.All","id":"ab5b445e-8f10-45f4-9c79-dd3f8062cc4e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkCustomEmoji.Create.All","id":"85643b08-0e25-4d99-9d68-04ba0fef9740","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkCustomEmoji.Read.All","id":"1efa3d37-1703-4685-9a59-baf6296fb956","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkDevice.Read.All","id":"0591bafd-7c1c-4c30-a2a5-2b9aacb1dfe8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkDevice.ReadWrite.All","id":"79c02f5b-bd4f-4713-bc2c-a8a4a66e127b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkSection.Read.All","id":"e9e1b87a-726e-4628-8fab-d1fc58d4d9ad","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkSection.ReadWrite.All","id":"fd99f9da-42d6-4d00-8a41-4161bea42309","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkTag.Read.All","id":"b74fd6c4-4bde-488e-9695-eeb100e4907f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkTag.ReadWrite.All","id":"a3371ca5-911d-46d6-901c-42c8c7a937d8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TeamworkTargetedMessage.Read.All","id":"b0cfd829-be18-4b31-bb0e-ec1df8197ba3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Invitation.Read.All","id":"3f4f98e9-6faf-4e5f-814b-ed2ed8a4ec9e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-PolicyTemplate.Read.All","id":"eb9465d8-e7c0-4301-8e51-927f34ee3134","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-RelatedTenant.Read.All","id":"7ced9a83-8e7c-46df-b3e0-6b45a6ecedcd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Relationship.Read.All","id":"41c250d0-8793-44e1-a130-5fdbd5bccd0a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Request.Read.All","id":"294294d5-2b81-4cf1-837c-28fc22bc3290","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Setting.Read.All","id":"e2d1cac5-0317-4ae3-aca9-59737eb75317","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TermStore.Read.All","id":"ea047cc2-df29-4f3e-83a3-205de61501ca","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TermStore.ReadWrite.All","id":"f12eb8d6-28e3-46e6-b2c0-b7e4dc69fc95","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatAssessment.Read.All","id":"f8f035bb-2cce-47fb-8bf5-7baf3ecbee48","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatHunting.Read.All","id":"dd98c7f5-2d42-42d3-a0e4-633161547251","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatIndicators.Read.All","id":"197ee4e9-b993-4066-898f-d6aecc55125b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatIndicators.ReadWrite.OwnedBy","id":"21792b6c-c986-4ffc-85de-df9da54b52fa","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatIntelligence.Read.All","id":"e0b77adb-e790-44a3-b0a0-257d06303687","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmission.Read.All","id":"86632667-cd15-4845-ad89-48a88e8412e1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmission.ReadWrite.All","id":"d72bdbf4-a59b-405c-8b04-5995895819ac","type":"application","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmissionPolicy.ReadWrite.All","id":"926a6798-b100-4a20-a22f-a4918f13951d","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TrustFrameworkKeySet.Read.All","id":"fff194f1-7dce-4428-8301-1badb5518201","type":"application","adminConsentRequired":true,"enabled":true},{"name":"TrustFrameworkKeySet.ReadWrite.All","id":"4a771c9a-1cf2-4609-b88e-3d3e02d539cd","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-ConvertToInternal.ReadWrite.All","id":"9d952b72-f741-4b40-9185-8c53076c2339","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-LifeCycleInfo.Read.All","id":"8556a004-db57-4d7a-8b82-97a13428e96f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-LifeCycleInfo.ReadWrite.All","id":"925f1248-0f97-47b9-8ec8-538c54e01325","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-Mail.ReadWrite.All","id":"280d0935-0796-47d1-8d26-273470a3f17a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-OnPremisesSyncBehavior.ReadWrite.All","id":"a94a502d-0281-4d15-8cd2-682ac9362c4c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-PasswordProfile.ReadWrite.All","id":"cc117bb9-00cf-4eb8-b580-ea2a878fe8f7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User-Phone.ReadWrite.All","id":"86ceff06-c822-49ff-989a-d912845ffe69","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.Create","id":"4240f680-4f73-4082-a766-aa916a2dc9b3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.DeleteRestore.All","id":"eccc023d-eccf-4e7b-9683-8813ab36cecc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.EnableDisableAccount.All","id":"3011c876-62b7-4ada-afa2-506cbbecc68c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.Export.All","id":"405a51b5-8d8d-430b-9842-8be4b0e9f324","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.Invite.All","id":"09850681-111b-4a89-9bed-3f2cae46d706","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.ManageIdentities.All","id":"c529cfca-c91b-489c-af2b-d92990b66ce6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.Read.All","id":"df021288-bdef-4463-88db-98f22de89214","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.ReadBasic.All","id":"97235f07-e226-4f63-ace3-39588e11d3a1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.ReadUpdate.All","id":"5639c449-cfd9-4088-bc48-3e16da108bf8","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.ReadWrite.All","id":"741f803b-c850-494e-b5df-cde7c675a1ca","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.ReadWrite.CrossCloud","id":"5652f862-b626-407b-a3e6-248aeb95763c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"User.RevokeSessions.All","id":"77f3a031-c388-4f99-b373-dc68676a979e","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Email.Read.All","id":"a1e58be0-1095-422b-b067-73434bd7d40f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Email.ReadWrite.All","id":"e8ecb853-1435-4a49-95ba-ec5b31b11672","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-External.Read.All","id":"d2c4289f-9f95-40da-ad43-eeb1506f0db7","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-External.ReadWrite.All","id":"c7a22c2e-5b01-4129-8159-6c8be2c78f16","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-HardwareOATH.Read.All","id":"7b544555-7811-49ff-8223-a56be870e33a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-HardwareOATH.ReadWrite.All","id":"7e9ebcc1-90aa-4471-8051-e68d6b4e9c89","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-MicrosoftAuthApp.Read.All","id":"a9c5f16e-e5ca-4e33-89ad-903fcfc01c23","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-MicrosoftAuthApp.ReadWrite.All","id":"c833c349-a1ab-4b6d-94a2-fa9a8674420c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Passkey.Read.All","id":"72e00c1d-3e3d-43bb-a0b9-c435611bb1d2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Passkey.ReadWrite.All","id":"0400e371-7db1-4338-a269-96069eb65227","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Password.Read.All","id":"8d2c17ff-b93d-40d5-9def-d843680509cb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Password.ReadWrite.All","id":"f6d38dfd-ec08-4995-8f07-23e929df0936","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Phone.Read.All","id":"f529a223-ea70-43ec-b268-5012de2fbaa2","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Phone.ReadWrite.All","id":"6e85d483-7092-4375-babe-0a94a8213a58","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-PlatformCred.Read.All","id":"07c0b1e4-15bd-442f-834b-30f8291388d1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-PlatformCred.ReadWrite.All","id":"1a87acf4-a9ca-4576-a974-452ea265d5f6","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-QR.Read.All","id":"9a45bc50-cddd-4ebe-bd9c-4f2eacf646ae","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-QR.ReadWrite.All","id":"4869299f-18c3-40c8-98f2-222657e67db1","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-ResourceKey.Read.All","id":"94ed018c-a499-47e0-beef-803b93873ece","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-ResourceKey.ReadWrite.All","id":"1bf7461f-222a-4525-9760-f7739228d0f4","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-SoftwareOATH.Read.All","id":"a6b423df-a0c8-411d-a809-a4a5985d2939","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-SoftwareOATH.ReadWrite.All","id":"787442d4-3c6e-4e99-aa95-8ccca20a48ff","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-TAP.Read.All","id":"bf82209c-b22b-4747-ac88-a68be99032cf","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-TAP.ReadWrite.All","id":"627169a8-8c15-451c-861a-5b80e383de5c","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-WindowsHello.Read.All","id":"9b8dd4c7-8cca-4ef5-a34a-9c2c75fcc934","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-WindowsHello.ReadWrite.All","id":"f14eee8a-713e-45aa-8223-2ab74632db1a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthenticationMethod.Read.All","id":"38d9df27-64da-44fd-b7c5-a6fbac20248f","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserAuthenticationMethod.ReadWrite.All","id":"50483e42-d915-4231-9639-7fdb7fd190e5","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserNotification.ReadWrite.CreatedByApp","id":"4e774092-a092-48d1-90bd-baad67c7eb47","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserShiftPreferences.Read.All","id":"de023814-96df-4f53-9376-1e2891ef5a18","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserShiftPreferences.ReadWrite.All","id":"d1eec298-80f3-49b0-9efb-d90e224798ac","type":"application","adminConsentRequired":true,"enabled":true},{"name":"UserTeamwork.Read.All","id":"fbcd7ef1-df0d-4e05-bb28-93424a89c6df","type":"application","adminConsentRequired":true,"enabled":true},{"name":"VerifiedId-Profile.Read.All","id":"e227c591-dd64-4a8a-a033-816167f7c938","type":"application","adminConsentRequired":true,"enabled":true},{"name":"VirtualAppointment.Read.All","id":"d4f67ec2-59b5-4bdc-b4af-d78f6f9c1954","type":"application","adminConsentRequired":true,"enabled":true},{"name":"VirtualAppointment.ReadWrite.All","id":"bf46a256-f47d-448f-ab78-f226fff08d40","type":"application","adminConsentRequired":true,"enabled":true},{"name":"VirtualAppointmentNotification.Send","id":"97e45b36-1250-48e4-bd70-2df6dab7e94a","type":"application","adminConsentRequired":true,"enabled":true},{"name":"VirtualEvent.Read.All","id":"1dccb351-c4e4-4e09-a8d1-7a9ecbf027cc","type":"application","adminConsentRequired":true,"enabled":true},{"name":"VirtualEventRegistration-Anon.ReadWrite.All","id":"23211fc1-f9d1-4e8e-8e9e-08a5d0a109bb","type":"application","adminConsentRequired":true,"enabled":true},{"name":"WindowsUpdates.Read.All","id":"50a8bf5f-b06a-4ac7-881f-3ca0c4be7550","type":"application","adminConsentRequired":true,"enabled":true},{"name":"WindowsUpdates.ReadWrite.All","id":"7dd1be58-6e76-4401-bf8d-31d1e8180d5b","type":"application","adminConsentRequired":true,"enabled":true},{"name":"WorkforceIntegration.Read.All","id":"f10b94b9-37d1-4c88-8b7e-bf75a1152d39","type":"application","adminConsentRequired":true,"enabled":true},{"name":"WorkforceIntegration.ReadWrite.All","id":"202bf709-e8e6-478e-bcfd-5d63c50b68e3","type":"application","adminConsentRequired":true,"enabled":true},{"name":"eDiscovery.Read.All","id":"50180013-6191-4d1e-a373-e590ff4e66af","type":"application","adminConsentRequired":true,"enabled":true},{"name":"eDiscovery.ReadWrite.All","id":"b2620db1-3bf7-4c5b-9cb9-576d29eac736","type":"application","adminConsentRequired":true,"enabled":true},{"name":"APIConnectors.Read.All","id":"1b6ff35f-31df-4332-8571-d31ea5a4893f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"APIConnectors.ReadWrite.All","id":"c67b52c5-7c69-48b6-9d48-7b3af3ded914","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AccessReview.Read.All","id":"ebfcd32b-babb-40f4-a14b-42706e83bd28","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AccessReview.ReadWrite.All","id":"e4aa47b9-9a69-4109-82ed-36ec70d85ff1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AccessReview.ReadWrite.Membership","id":"5af8c3f5-baca-439a-97b0-ea58a435e269","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Acronym.Read.All","id":"9084c10f-a2d6-4713-8732-348def50fe02","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"AdministrativeUnit.Read.All","id":"3361d15d-be43-4de6-b441-3c746d05163d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AdministrativeUnit.ReadWrite.All","id":"7b8a2d34-6b3f-4542-a343-54651608ad81","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCard.Read.All","id":"73ea6732-992c-4292-98f7-9feff18d3ade","type":"delegated","adminConsentRequired":true,"enabled":false},{"name":"AgentCard.ReadWrite.All","id":"b0f726a8-0fa2-4ce2-937b-fd17a446261f","type":"delegated","adminConsentRequired":true,"enabled":false},{"name":"AgentCardManifest.Read.All","id":"ada96a26-9579-4c29-a578-c3482a765716","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCardManifest.ReadWrite.All","id":"80151b1a-1c31-4846-ae0d-c79939ee13d1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.Read.All","id":"fa50be38-fdff-469c-96dc-ef5fce3c64bf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.Read.Global","id":"b14924c8-87f1-438a-81f2-dc370ba2f45d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.Read.Quarantined","id":"43acfda3-daf3-4aa4-955d-b051d0024e82","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.ReadWrite.All","id":"6d8a7002-a05e-4b95-a768-0e6f0badc6c8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.ReadWrite.Global","id":"c001dd65-8a6b-4349-ab0c-4e8a410d28d2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCollection.ReadWrite.Quarantined","id":"ae331cc9-9f51-484b-a90b-124f2e4a6398","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCommunicationConfiguration.Read","id":"57ff8075-2fb3-4879-8693-5d51ee8d5e9e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentCommunicationConfiguration.ReadWrite","id":"15e0db35-0641-4175-b014-c2cb39286338","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdUser.ReadWrite.All","id":"ad57fb88-4658-4fd6-ab7d-e43184b08e4e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdUser.ReadWrite.IdentityParentedBy","id":"52a417d9-0b3c-4466-9a3b-66960de73d74","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.Create.All","id":"e75eeac6-d759-4ba3-ae5c-773a27efafba","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.DeleteRestore.All","id":"c8ee41e5-35e7-4fe9-8ecb-93493adcac5b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.EnableDisable.All","id":"a501206a-e364-4a3f-be6e-765806d0e323","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.Read.All","id":"5e850691-d86a-4b24-bfa6-8a52fb37a0c1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentity.ReadWrite.All","id":"4a4facd5-0ee1-49b7-a5b2-fdcc2491685e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.AddRemoveCreds.All","id":"75b5feb2-bfe7-423f-907d-cc505186f246","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.Create","id":"8fc15edd-ba24-494e-9bf6-d38e1b7ba8fd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.DeleteRestore.All","id":"f12ba1f6-afb7-4685-9a30-21e8c3f551d8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.Read.All","id":"26512dc8-1364-4e9f-867c-6d8b22a9e162","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.ReadWrite.All","id":"4fd490fc-1467-48eb-8a4c-421597ab0402","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.UpdateAuthProperties.All","id":"6f677aa9-25af-49a5-8a1d-628dc7f0d009","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprint.UpdateBranding.All","id":"60960e31-67cb-4d25-9d36-4922109923a2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.Create","id":"00dcd896-6b23-42ce-b5de-c58493c05e22","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.DeleteRestore.All","id":"2c70023e-a482-4af2-9ff1-51ded53e6bad","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.EnableDisable.All","id":"e7475e0a-9f02-43e2-a250-5c2ea74ccd0e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.Read.All","id":"88c856a2-de61-4632-b2d4-ac503cbc8dd2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentIdentityBlueprintPrincipal.ReadWrite.All","id":"bf2cad6a-9082-438a-9a63-95fa2687af65","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentInstance.Read.All","id":"4c3c738a-2df0-4877-bf4a-f796950ff34c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentInstance.ReadWrite.All","id":"fc79e324-da24-497a-b5ec-e7de08320375","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgentRegistration.Read.All","id":"ef96ce0b-b2ea-4ae4-a783-108212d8ecee","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"AgentRegistration.ReadWrite.All","id":"20f263bf-7d50-4e66-912c-16b4b4194fd4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Agreement.Read.All","id":"af2819c9-df71-4dd3-ade7-4d7c9dc653b7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Agreement.ReadWrite.All","id":"ef4b5d93-3104-4664-9053-a5c49ab44218","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgreementAcceptance.Read","id":"0b7643bb-5336-476f-80b5-18fbfbc91806","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AgreementAcceptance.Read.All","id":"a66a5341-e66e-4897-9d52-c2df58c2bfb9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AiEnterpriseInteraction.Read","id":"859cceb9-2ec2-4e48-bcd7-b8490b5248a5","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Analytics.Read","id":"e03cf23f-8056-446a-8994-7d93dfc8b50e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"AppCatalog.Read.All","id":"88e58d74-d3df-44f3-ad47-e89edf4472e4","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"AppCatalog.ReadWrite.All","id":"1ca167d5-1655-44a1-8adf-1414072e1ef9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AppCatalog.Submit","id":"3db89e36-7fa6-4012-b281-85f3d9d9fd2e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"AppCertTrustConfiguration.Read.All","id":"af281d3a-030d-4122-886e-146fb30a0413","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AppCertTrustConfiguration.ReadWrite.All","id":"4bae2ed4-473e-4841-a493-9829cfd51d48","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AppRoleAssignment.ReadWrite.All","id":"84bccea3-f856-4a8a-967b-dbe0a3d53a64","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Application-RemoteDesktopConfig.ReadWrite.All","id":"ffa91d43-2ad8-45cc-b592-09caddeb24bb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Application.Read.All","id":"c79f8feb-a9db-4090-85f9-90d820caa0eb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Application.ReadUpdate.All","id":"0586a906-4d89-4de8-b3c8-1aacdcc0c679","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Application.ReadWrite.All","id":"bdfbf15f-ee85-4955-8675-146e8e5296b5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ApprovalSolution.Read","id":"b0df437d-d341-4df0-aa3e-89ca81a1207f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ApprovalSolution.ReadWrite","id":"6768d3af-4562-48ff-82d2-c5e19eb21b9c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ApprovalSolutionResponse.ReadWrite","id":"89d944f2-2011-44ad-830c-aa9bf5ef2319","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AttackSimulation.Read.All","id":"104a7a4b-ca76-4677-b7e7-2f4bc482f381","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AttackSimulation.ReadWrite.All","id":"27608d7c-2c66-4cad-a657-951d575f5a60","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"AuditActivity.Read","id":"16786f81-40d2-4116-bb26-d1a753bf0b20","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditActivity.Write","id":"a78fd341-0672-4792-a8ae-a5925b2546eb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLog.Read.All","id":"e4c9e354-4dc5-45b8-9e7c-e1393b0b1a20","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-CRM.Read.All","id":"ba78b16f-1e01-41b6-89ca-73e0a32b304c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-Endpoint.Read.All","id":"ee3409fe-617f-43cf-bd1e-fc8b38049e69","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-Entra.Read.All","id":"5ff2f415-e0f1-4d11-bfd0-6d87c0f667fd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-Exchange.Read.All","id":"6c8c71d2-c7e1-45b0-ac6d-1d2724fba6ae","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-OneDrive.Read.All","id":"4a72c235-a50d-4870-b598-fd88fd1fa074","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery-SharePoint.Read.All","id":"30630b65-ed12-4a81-9130-e3a964109fae","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuditLogsQuery.Read.All","id":"1d9e7ac3-0eca-442c-82f9-e92625af6e6d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuthenticationContext.Read.All","id":"57b030f1-8c35-469c-b0d9-e4a077debe70","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"AuthenticationContext.ReadWrite.All","id":"ba6d575a-1344-4516-b777-1404f5593057","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Configuration.Read.All","id":"444ed4b6-0554-4dc6-8e9c-3f9a34ee3ff6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Configuration.ReadWrite.All","id":"a0244d16-171c-4496-8ffb-7b9b6954d339","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Control.Read.All","id":"af598c63-4292-4437-b925-e996354d3854","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Control.ReadWrite.All","id":"96d46335-d92d-41b8-bc9f-273a692381ea","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Monitor.Read.All","id":"b4e98de1-4600-4e90-b5e1-7c1dfef04e5c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Restore.Read.All","id":"94b36f78-434f-4904-8c08-421d9a9c1dc2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Restore.ReadWrite.All","id":"9f89e109-94b9-4c9b-b4fc-98cdaa54f574","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BackupRestore-Search.Read.All","id":"2b24830f-f435-446f-ab5a-b1e70d9a2eb5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BillingConfiguration.ReadWrite.All","id":"2bf6d319-dfca-4c22-9879-f88dcfaee6be","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BitlockerKey.Read.All","id":"b27a61ec-b99c-4d6a-b126-c4375d08ae30","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BitlockerKey.ReadBasic.All","id":"5a107bfc-4f00-4e1a-b67e-66451267bc68","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Bookings.Manage.All","id":"7f36b48e-542f-4d3b-9bcb-8406f0ab9fdb","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Bookings.Read.All","id":"33b1df99-4b29-4548-9339-7a7b83eaeebc","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Bookings.ReadWrite.All","id":"948eb538-f19d-4ec5-9ccc-f059e1ea4c72","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"BookingsAppointment.ReadWrite.All","id":"02a5a114-36a6-46ff-a102-954d89d9ab02","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Bookmark.Read.All","id":"98b17b35-f3b1-4849-a85f-9f13733002f0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"BrowserSiteLists.Read.All","id":"fb9be2b7-a7fc-4182-aec1-eda4597c43d5","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"BrowserSiteLists.ReadWrite.All","id":"83b34c85-95bf-497b-a04e-b58eca9d49d0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"BusinessScenarioConfig.Read.All","id":"d16480b2-e469-4118-846b-d3d177327bee","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioConfig.Read.OwnedBy","id":"c47e7b6e-d6f1-4be9-9ffd-1e00f3e32892","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioConfig.ReadWrite.All","id":"755e785b-b658-446f-bb22-5a46abd029ea","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioConfig.ReadWrite.OwnedBy","id":"b3b7fcff-b4d4-4230-bf6f-90bd91285395","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioData.Read.OwnedBy","id":"25b265c4-5d34-4e44-952d-b567f6d3b96d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"BusinessScenarioData.ReadWrite.OwnedBy","id":"19932d57-2952-4c60-8634-3655c79fc527","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Calendars.Read","id":"465a38f9-76ea-45b9-9f34-9e8b0d4b0b42","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Calendars.Read.Shared","id":"2b9c4092-424d-4249-948d-b43879977640","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Calendars.ReadBasic","id":"662d75ba-a364-42ad-adee-f5f880ea4878","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Calendars.ReadWrite","id":"1ec239c2-d7c9-4623-a91a-a9775856bb36","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Calendars.ReadWrite.Shared","id":"12466101-c9b8-439a-8589-dd09ee67e8e9","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CallAiInsights.Read.All","id":"e24bdaf9-83f8-468b-a144-c681ccb6caf4","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CallDelegation.Read","id":"305b375b-00fe-48bf-81bc-e8d78954c1b6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CallDelegation.ReadWrite","id":"599abf67-f72b-4b5f-98a3-cb38fe646118","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CallEvents.Read","id":"43431c03-960e-400f-87c6-8f910321dca3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CallRecordings.Read.All","id":"63d31bd6-bcf5-40ca-8283-ba4130a66405","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CallTranscripts.Read.All","id":"fbace248-5d8e-441c-85ca-cc19221a69a2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CaseManagement.Read.All","id":"7bdc421c-99cd-4b67-a749-aa8e92775f7e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CaseManagement.ReadWrite.All","id":"363a0763-d7eb-40bc-9457-6be55acd81e2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChangeManagement.Read.All","id":"4628dff5-c33e-4fde-b17a-b64e7acb1bed","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Channel.Create","id":"101147cf-4178-4455-9d58-02b5c164e759","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Channel.Delete.All","id":"cc83893a-e232-4723-b5af-bd0b01bcfe65","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Channel.ReadBasic.All","id":"9d8982ae-4365-4f57-95e9-d6032a4c0b87","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ChannelMember.Read.All","id":"2eadaff8-0bce-4198-a6b9-2cfc35a30075","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChannelMember.ReadWrite.All","id":"0c3e411a-ce45-4cd1-8f30-f99a3efa7b11","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChannelMessage.Edit","id":"2b61aa8a-6d36-4b2f-ac7b-f29867937c53","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ChannelMessage.Read.All","id":"767156cb-16ae-4d10-8f8b-41b657c8c8c8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChannelMessage.ReadWrite","id":"5922d31f-46c8-4404-9eaf-2117e390a8a4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChannelMessage.Send","id":"ebf0f66e-9fb1-49e4-a278-222f76911cf4","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ChannelSettings.Read.All","id":"233e0cf1-dd62-48bc-b65b-b38fe87fcf8e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChannelSettings.ReadWrite.All","id":"d649fb7c-72b4-4eec-b2b4-b15acf79e378","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Chat.Create","id":"38826093-1258-4dea-98f0-00003be2b8d0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Chat.ManageDeletion.All","id":"bb64e6fc-6b6d-4752-aea0-dd922dbba588","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Chat.Read","id":"f501c180-9344-439a-bca0-6cbf209fd270","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Chat.ReadBasic","id":"9547fcb5-d03f-419d-9948-5928bbf71b0f","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Chat.ReadWrite","id":"9ff7295e-131b-4d94-90e1-69fde507ac11","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Chat.ReadWrite.All","id":"7e9a077b-3711-42b9-b7cb-5fa5f3f7fea7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChatMember.Read","id":"c5a9e2b1-faf6-41d4-8875-d381aa549b24","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChatMember.ReadWrite","id":"dea13482-7ea6-488f-8b98-eb5bbecf033d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ChatMessage.Read","id":"cdcdac3a-fd45-410d-83ef-554db620e5c7","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ChatMessage.Send","id":"116b7235-7cc6-461e-b163-8e55691d839e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CloudApp-Discovery.Read.All","id":"ad46d60e-1027-4b75-af88-7c14ccf43a19","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CloudPC.Read.All","id":"5252ec4e-fd40-4d92-8c68-89dd1d3c6110","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CloudPC.ReadWrite.All","id":"9d77138f-f0e2-47ba-ab33-cd246c8b79d1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Community.Read.All","id":"12ae2e92-14b5-47b2-babb-4e890bbedc0a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Community.ReadWrite.All","id":"9e69467d-e0e2-402b-a926-3d796990197f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ConfigurationMonitoring.Read.All","id":"c645bb69-adc4-4242-b620-02e635f03bf6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ConfigurationMonitoring.ReadWrite.All","id":"54505ce9-e719-41f7-a7cc-dbe114e1d811","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ConsentRequest.Create","id":"f2143d35-9b4b-480d-951c-d083e69eeb2c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ConsentRequest.Read","id":"5942b2f6-5a7b-40af-aa37-4b6ea5447506","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ConsentRequest.Read.All","id":"f3bfad56-966e-4590-a536-82ecf548ac1e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ConsentRequest.ReadApprove.All","id":"e694a3a1-7878-46d8-8c29-3d195f6589f4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ConsentRequest.ReadWrite.All","id":"497d9dfa-3bd1-481a-baab-90895e54568c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Contacts-OnPremisesSyncBehavior.ReadWrite.All","id":"1e4c6c41-0803-4f52-85ef-0a5d63ad8670","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Contacts.Read","id":"ff74d97f-43af-4b68-9f2a-b77ee6968c5d","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Contacts.Read.Shared","id":"242b9d9e-ed24-4d09-9a52-f43769beb9d4","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Contacts.ReadWrite","id":"d56682ec-c09e-4743-aaf4-1a3aac4caa21","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Contacts.ReadWrite.Shared","id":"afb6c84b-06be-49af-80bb-8f3f77004eab","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Content.Process.All","id":"7e2467d1-f874-46bb-828e-24cb06b29d3f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Content.Process.User","id":"1d787a13-f750-4ad6-875a-fcbd2725596b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ContentActivity.Read","id":"62c55b2f-a2b1-4312-8385-be57afd901b4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ContentActivity.Write","id":"948caae6-152a-48cd-a746-4844af30e8e9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Contracts.Read.All","id":"9df4d5b0-7921-4437-9ea8-adf0c9e276dc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CopilotConversation.Delete","id":"ed510a02-ac32-45f9-93e6-04864f7f7e47","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CopilotPackages.Read.All","id":"a2dcfcb9-cbe8-4d42-812d-952e55cf7f3f","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"CopilotPackages.ReadWrite.All","id":"e9c5fd18-ac15-43dd-9f5c-6f9611dd5604","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CopilotPolicySettings.Read","id":"b7281c63-cd4d-40c3-b721-73aa8ee7c3a8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CopilotPolicySettings.ReadWrite","id":"e2edbde8-4448-4e49-8ebb-d53ba72df0f3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CopilotSettings-LimitedMode.Read","id":"aeb2982d-632d-4155-b533-18756ab6fdd8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CopilotSettings-LimitedMode.ReadWrite","id":"4704e5b2-0ada-4aa0-b18c-00ad7525bc06","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantInformation.ReadBasic.All","id":"81594d25-e88e-49cf-ac8c-fecbff49f994","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantUserProfileSharing.Read","id":"cb1ba48f-d22b-4325-a07f-74135a62ee41","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantUserProfileSharing.Read.All","id":"759dcd16-3c90-463c-937e-abf89f991c18","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantUserProfileSharing.ReadWrite","id":"eed0129d-dc60-4f30-8641-daf337a39ffd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CrossTenantUserProfileSharing.ReadWrite.All","id":"64dfa325-cbf8-48e3-938d-51224a0cac01","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomAuthenticationExtension.Read.All","id":"b2052569-c98c-4f36-a5fb-43e5c111e6d0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomAuthenticationExtension.ReadWrite.All","id":"8dfcf82f-15d0-43b3-bc78-a958a13a5792","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomDetection.Read.All","id":"b13ff42e-f321-4d7d-a462-141c46a1b832","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomDetection.ReadWrite.All","id":"c34088fb-0649-4714-af0b-bcbfec155897","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeAssignment.Read.All","id":"b46ffa80-fe3d-4822-9a1a-c200932d54d0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeAssignment.ReadWrite.All","id":"ca46335e-8453-47cd-a001-8459884efeae","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeAuditLogs.Read.All","id":"1fcdeaab-b519-44dd-bffc-ed1fd15a24e0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeDefinition.Read.All","id":"ce026878-a0ff-4745-a728-d4fedd086c07","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeDefinition.ReadWrite.All","id":"8b0160d4-5743-482b-bb27-efc0a485ca4a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeProvisioning.Read.All","id":"9ddd870d-077c-49e7-b3e3-6b3012a8a880","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomSecAttributeProvisioning.ReadWrite.All","id":"1140d9e4-6776-433e-a9e4-b9831adbb2e0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomTags.Read.All","id":"de6ea87d-10bd-467c-8682-d525a0c61b89","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"CustomTags.ReadWrite.All","id":"2f1bbe0a-f34b-4efb-9edb-8db8dcb50eca","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DelegatedAdminRelationship.Read.All","id":"0c0064ea-477b-4130-82a5-4c2cc4ff68aa","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DelegatedAdminRelationship.ReadWrite.All","id":"885f682f-a990-4bad-a642-36736a74b0c7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DelegatedPermissionGrant.Read.All","id":"a197cdc4-a8e8-4d49-9d35-4ca7c83887b4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DelegatedPermissionGrant.ReadWrite.All","id":"41ce6ca6-6826-4807-84f1-1c82854f7ee5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Device.Command","id":"bac3b9c2-b516-4ef4-bd3b-c2ef73d8d804","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Device.CreateFromOwnedTemplate","id":"edc92e89-a987-48a9-911a-a7b1967dd7b1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Device.Read","id":"11d4cd79-5ba5-460f-803f-e22c8ab85ccd","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Device.Read.All","id":"951183d1-1a61-466f-a6d1-1fde911bfd95","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceLocalCredential.Read.All","id":"280b3b69-0437-44b1-bc20-3b2fca1ee3e9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceLocalCredential.ReadBasic.All","id":"9917900e-410b-4d15-846e-42a357488545","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementApps.Read.All","id":"4edf5f54-4666-44af-9de9-0144fb4b6e8c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementApps.ReadWrite.All","id":"7b3f05d5-f68c-4b8d-8c59-a2ecd12f24af","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementCloudCA.Read.All","id":"ac5c8443-d999-471f-9247-ce92cf5c5560","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementCloudCA.ReadWrite.All","id":"93028c58-65aa-48db-a706-1fe4ada325ec","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementConfiguration.Read.All","id":"f1493658-876a-4c87-8fa7-edb559b3476a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementConfiguration.ReadWrite.All","id":"0883f392-0a7a-443d-8c76-16a6d39c7b63","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementDeploymentPlans.Read.All","id":"700bfe0b-b3bd-4fa4-bec2-6849edd7fb7b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementDeploymentPlans.ReadWrite.All","id":"9d95843d-67b9-48b2-8e20-e42372db8549","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementManagedDevices.PrivilegedOperations.All","id":"3404d2bf-2b13-457e-a330-c24615765193","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementManagedDevices.Read.All","id":"314874da-47d6-4978-88dc-cf0d37f0bb82","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementManagedDevices.ReadWrite.All","id":"44642bfe-8385-4adc-8fc6-fe3cb2c375c3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementRBAC.Read.All","id":"49f0cc30-024c-4dfd-ab3e-82e137ee5431","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementRBAC.ReadWrite.All","id":"0c5e8a55-87a6-4556-93ab-adc52c4d862d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementScripts.Read.All","id":"d32381d8-ee89-4220-9c83-b672aa68d404","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementScripts.ReadWrite.All","id":"8b9d79d0-ad75-4566-8619-f7500ecfcebe","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementServiceConfig.Read.All","id":"8696daa5-bce5-4b2e-83f9-51b6defc4e1e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceManagementServiceConfig.ReadWrite.All","id":"662ed50a-ac44-4eef-ad86-62eed9be2a29","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceTemplate.Create","id":"0b1717ff-3e42-4a73-8c29-e6b2e1093960","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceTemplate.Read.All","id":"2bcae0b0-aa93-48e4-a9e4-855482dffdcd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DeviceTemplate.ReadWrite.All","id":"2d372e98-f1ae-406c-a157-2ea83f6f5e4a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Directory.AccessAsUser.All","id":"0e263e50-5827-48a4-b97c-d940288653c7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Directory.Read.All","id":"06da0dbc-49e2-44d2-8312-53f166ab848a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Directory.ReadWrite.All","id":"c5366453-9fb0-48a5-a156-24f0c49a4b84","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DirectoryRecommendations.Read.All","id":"34d3bd24-f6a6-468c-b67c-0c365c1d6410","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"DirectoryRecommendations.ReadWrite.All","id":"f37235e8-90a0-4189-93e2-e55b53867ccd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Domain-InternalFederation.Read.All","id":"33203a2a-a761-40f0-8a7c-a7e74a9f8ac6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Domain-InternalFederation.ReadWrite.All","id":"857bd3ea-490e-4284-88a7-a7de1893b6ee","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Domain.Read.All","id":"2f9ee017-59c1-4f1d-9472-bd5529a7b311","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Domain.ReadWrite.All","id":"0b5d694c-a244-4bde-86e6-eb5cd07730fe","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EAS.AccessAsUser.All","id":"ff91d191-45a0-43fd-b837-bd682c4a0b0f","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"EWS.AccessAsUser.All","id":"9769c687-087d-48ac-9cb3-c37dde652038","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"EduAdministration.Read","id":"8523895c-6081-45bf-8a5d-f062a2f12c9f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduAdministration.ReadWrite","id":"63589852-04e3-46b4-bae9-15d5b1050748","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.Read","id":"091460c9-9c4a-49b2-81ef-1f3d852acce2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.ReadBasic","id":"c0b0103b-c053-4b2e-9973-9f3a544ec9b8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.ReadWrite","id":"2f233e90-164b-4501-8bce-31af2559a2d3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduAssignments.ReadWriteBasic","id":"2ef770a1-622a-47c4-93ee-28d6adbed3a0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduCurricula.Read","id":"484859e8-b9e2-4e92-b910-84db35dadd29","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduCurricula.ReadWrite","id":"4793c53b-df34-44fd-8d26-d15c517732f5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduRoster.Read","id":"a4389601-22d9-4096-ac18-36a927199112","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduRoster.ReadBasic","id":"5d186531-d1bf-4f07-8cea-7c42119e1bd9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EduRoster.ReadWrite","id":"359e19a6-e3fa-4d7f-bcab-d28ec592b51e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EngagementConversation.Read.All","id":"c55541d9-2cdd-4fad-8ead-0c08fae5b0c8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EngagementConversation.ReadWrite.All","id":"ebbfd079-1634-4640-8618-68b19ebbed1d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EngagementMeetingConversation.Read.All","id":"58c5819e-29bd-4400-ad52-82cd82a63fbd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EngagementRole.Read","id":"9f1da0fc-345c-4dfb-bab5-5215a073a417","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"EngagementRole.Read.All","id":"3cad91a5-8413-4c4a-acfe-dfeb83d1366d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EngagementRole.ReadWrite.All","id":"4905982d-6459-4ccd-949c-949fefc0a8f2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EntitlementManagement.Read.All","id":"5449aa12-1393-4ea2-a7c7-d0e06c1a56b2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EntitlementManagement.ReadWrite.All","id":"ae7a573d-81d7-432b-ad44-4ed5c9d89038","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EntitlementMgmt-SubjectAccess.ReadWrite","id":"e9fdcbbb-8807-410f-b9ec-8d5468c7c2ac","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"EntraBackup.Read.All","id":"a6ea9dd7-4dd9-4484-a80a-ac9ad981dcf1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EntraBackup.ReadWrite.Preview","id":"cef123a8-c18c-4eba-852e-d90cfbf67c91","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EntraBackup.ReadWrite.Recovery","id":"8269c6ff-41d7-4172-a783-b2ce38322e42","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EventListener.Read.All","id":"f7dd3bed-5eec-48da-bc73-1c0ef50bc9a1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"EventListener.ReadWrite.All","id":"d11625a6-fe21-4fc6-8d3d-063eba5525ad","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExchangeMessageTrace.Read.All","id":"b2e7d27e-14e7-41ad-bb15-a88ceb9c3e90","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalConnection.Read.All","id":"a38267a5-26b6-4d76-9493-935b7599116b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalConnection.ReadWrite.All","id":"bbbbd9b3-3566-4931-ac37-2b2180d9e334","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalConnection.ReadWrite.OwnedBy","id":"4082ad95-c812-4f02-be92-780c4c4f1830","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalItem.Read.All","id":"922f9392-b1b7-483c-a4be-0089be7704fb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalItem.ReadWrite.All","id":"b02c54f8-eb48-4c50-a9f0-a149e5a2012f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalItem.ReadWrite.OwnedBy","id":"4367b9d7-cee7-4995-853c-a0bdfe95c1f9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalUserProfile.Read.All","id":"47167bec-55a7-4caf-9ecc-8d4566e3cfb1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ExternalUserProfile.ReadWrite.All","id":"c6068dc7-a791-46a4-a811-b8228e6649ab","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Family.Read","id":"3a1e4806-a744-4c70-80fc-223bf8582c46","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"FileStorageContainer.Manage.All","id":"527b6d64-cdf5-4b8b-b336-4aa0b8ca2ce5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"FileStorageContainer.Selected","id":"085ca537-6565-41c2-aca7-db852babc212","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"FileStorageContainerType.Manage.All","id":"8e6ec84c-5fcd-4cc7-ac8a-2296efc0ed9b","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"FileStorageContainerTypeReg.Manage.All","id":"c319a7df-930e-44c0-a43b-7e5e9c7f4f24","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"FileStorageContainerTypeReg.Selected","id":"d1e4f63a-1569-475c-b9b2-bdc140405e38","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.Read","id":"10465720-29dd-4523-a11a-6a75c743c9d9","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.Read.All","id":"df85f4d6-205c-4ac5-a5ea-6bf408dba283","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.Read.Selected","id":"5447fe39-cb82-4c1a-b977-520e67e724eb","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.ReadWrite","id":"5c28f0bf-8a70-41f1-8ab2-9032436ddb65","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.ReadWrite.All","id":"863451e7-0667-486c-a5d6-d135439485f0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.ReadWrite.AppFolder","id":"8019c312-3263-48e6-825e-2b833497195b","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.ReadWrite.Selected","id":"17dde5bd-8c17-420f-a486-969730c1b827","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Files.SelectedOperations.Selected","id":"ef2779dc-ef1b-4211-8310-8a0ac2450081","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Financials.ReadWrite.All","id":"f534bf13-55d4-45a9-8f3c-c92fe64d6131","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Goals-Export.Read.All","id":"092211d9-ca1a-427b-813e-b79c7653fe71","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Goals-Export.ReadWrite.All","id":"2edeb9fd-4228-480c-a26d-2ed52011cf3d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group-Conversation.Read.All","id":"c92fbbc2-50e0-4842-93ef-385c3293ea3d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group-Conversation.ReadWrite.All","id":"302bcbb5-855a-4e49-ae20-94a331b0281e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group-NestingSupport.ReadWrite.All","id":"afc507db-8793-4d2f-999d-6e34cff02b7c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group-OnPremisesSyncBehavior.ReadWrite.All","id":"37e00479-5776-4659-aecf-4841ec5d590a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group-XTenantIdentitySync.Read.All","id":"f7c0661b-4247-48ac-a371-05ff047614c6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group.ManageProtection.All","id":"36263ed6-285e-4f84-b25a-62ec2ba17d29","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group.Read.All","id":"5f8c59db-677d-491f-a6b8-5f174b11ec1d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Group.ReadWrite.All","id":"4e46008b-f24c-477d-8fff-7bb4ec7aafe0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"GroupMember.Read.All","id":"bc024368-1153-4739-b217-4326f2e966d0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"GroupMember.ReadWrite.All","id":"f81125ac-d3b7-4573-a3b2-7099cc39df9e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"GroupSettings.Read.All","id":"2eb2bc92-94ef-4c6b-b4ab-2a09bc975e0e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"GroupSettings.ReadWrite.All","id":"c1691a6d-99e2-4cfa-b4b5-9e4d67dc0f36","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlert.Read.All","id":"74b4ff32-4917-4536-a66d-38a4861e6220","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlert.ReadWrite.All","id":"b7c60f27-2195-4d5f-96a7-6b98bdfd9664","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlertConfig.Read.All","id":"fb873030-8626-47e6-96ff-8a5bff3b725f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"HealthMonitoringAlertConfig.ReadWrite.All","id":"b3e5ebc6-1c23-4337-8286-3f27165addb4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IMAP.AccessAsUser.All","id":"652390e4-393a-48de-9484-05f9b1212954","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"IdentityNotifications.Read.All","id":"59cd3e28-aa9c-4f72-a734-1b592eb06853","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityNotifications.ReadWrite.All","id":"c9c9fdea-4ecc-4d82-a2ea-3feff3489275","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityProvider.Read.All","id":"43781733-b5a7-4d1b-98f4-e8edff23e1a9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityProvider.ReadWrite.All","id":"f13ce604-1677-429f-90bd-8a10b9f01325","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskEvent.Read.All","id":"8f6a01e7-0391-4ee5-aa22-a3af122cef27","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskEvent.ReadWrite.All","id":"9e4862a5-b68f-479e-848a-4e07e25c9916","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyAgent.Read.All","id":"3215c57f-3faa-4295-95c2-6f14a5bc6124","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyAgent.ReadWrite.All","id":"d343bdeb-db6a-4e06-97da-9dafc2d61c60","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyServicePrincipal.Read.All","id":"ea5c4ab0-5a73-4f35-8272-5d5337884e5d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyServicePrincipal.ReadWrite.All","id":"bb6f654c-d7fd-4ae3-85c3-fc380934f515","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyUser.Read.All","id":"d04bb851-cb7c-4146-97c7-ca3e71baf56c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityRiskyUser.ReadWrite.All","id":"e0a7cdbb-08b0-4697-8264-0069786e9674","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityUserFlow.Read.All","id":"2903d63d-4611-4d43-99ce-a33f3f52e343","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IdentityUserFlow.ReadWrite.All","id":"281892cc-4dbf-4e3a-b6cc-b21029bb4e82","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-DataConnector.Read.All","id":"d19c0de5-7ecb-4aba-b090-da35ebcd5425","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-DataConnector.ReadWrite.All","id":"5ce933ac-3997-4280-aed0-cc072e5c062a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-DataConnector.Upload","id":"fc47391d-ab2c-410f-9059-5600f7af660d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-InboundFlow.Read.All","id":"cb0774da-a605-42af-959c-32f438fb38f4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-InboundFlow.ReadWrite.All","id":"97044676-2cec-40ee-bd70-38df444c9e70","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-OutboundFlow.Read.All","id":"4741a003-8952-4be4-9217-33a0ac327122","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-OutboundFlow.ReadWrite.All","id":"aeb68e0b-e562-4a1f-b6dd-3484ad0cbb4b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-ReferenceDefinition.Read.All","id":"a3f96ffe-cb84-40a8-ac85-582d7ef97c2a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-ReferenceDefinition.ReadWrite.All","id":"a757d430-be6d-430f-af57-28aabe79d247","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-Run.Read.All","id":"92685235-50c4-4702-b2c8-36043db6fa79","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-Run.Start","id":"f03a6d0e-0989-460f-80b2-e57c8561763e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-SourceSystem.Read.All","id":"49b7016c-89ae-41e7-bd6f-b7170c5490bf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-SourceSystem.ReadWrite.All","id":"9599f005-05d6-4ea7-b1b1-4929768af5d0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-TimePeriod.Read.All","id":"c9d51f28-8ccd-42b2-a836-fd8fe9ebf2ae","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData-TimePeriod.ReadWrite.All","id":"b6d56528-3032-4f9d-830f-5a24a25e6661","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"IndustryData.ReadBasic.All","id":"60382b96-1f5e-46ea-a544-0407e489e588","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"InformationProtectionConfig.Read","id":"12f4bffb-b598-413c-984b-db99728f8b54","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"InformationProtectionPolicy.Read","id":"4ad84827-5578-4e18-ad7a-86530b12f884","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Insights-UserMetric.Read.All","id":"7d249730-51a3-4180-8ec1-214f144f1bff","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LearningAssignedCourse.Read","id":"ac08cdae-e845-41db-adf9-5899a0ec9ef6","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"LearningContent.Read.All","id":"ea4c1fd9-6a9f-4432-8e5d-86e06cc0da77","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LearningContent.ReadWrite.All","id":"53cec1c4-a65f-4981-9dc1-ad75dbf1c077","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LearningProvider.Read","id":"dd8ce36f-9245-45ea-a99e-8ac398c22861","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LearningProvider.ReadWrite","id":"40c2eb57-abaf-49f5-9331-e90fd01f7130","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LearningSelfInitiatedCourse.Read","id":"f6403ef7-4a96-47be-a190-69ba274c3f11","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"LicenseAssignment.Read.All","id":"f395577a-0960-456b-979f-7228de0c5996","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"LicenseAssignment.ReadWrite.All","id":"f55016cc-149c-447e-8f21-7cf3ec1d6350","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecyclePolicies-AgentId.Read.All","id":"65857db0-62ac-4279-aa73-c2b5dab186f5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecyclePolicies-AgentId.ReadWrite.All","id":"f2292ca5-46fc-4195-9b4d-16491bf9bf7f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecyclePolicies-Guests.Read.All","id":"1bbb7916-b98a-449f-8ee4-c68bfcba5724","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecyclePolicies-Guests.ReadWrite.All","id":"d9ec82ed-63db-4905-b1b3-859b74d2bbf5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-CustomExt.Read.All","id":"2973a298-1d69-4f87-8d30-7025f0ec19d7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-CustomExt.ReadWrite.All","id":"ef6bafb1-3019-4a22-a332-103aff92225f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Reports.Read.All","id":"4d3d7f81-163f-426a-8432-5638d2e82083","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.Activate","id":"df1c25b3-072c-45cd-8403-c63441e4cca1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.Read.All","id":"7fabe5bd-2e47-4e61-b924-327117024e18","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.ReadBasic.All","id":"789c445d-433c-4575-a1fc-367a58a1bd4a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows-Workflow.ReadWrite.All","id":"29e49f0c-a053-4cc5-a4b1-7da0c8c1e643","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows.Read.All","id":"9bcb9916-765a-42af-bf77-02282e26b01a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"LifecycleWorkflows.ReadWrite.All","id":"84b9d731-7db8-4454-8c90-fd9e95350179","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ListItems.SelectedOperations.Selected","id":"d6d361b3-211a-4191-9fa7-15f72de4aac4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Lists.SelectedOperations.Selected","id":"033b51ee-d6fa-4add-b627-ee680c7212b5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Mail-Advanced.ReadWrite","id":"f3af82f6-18e0-4a41-8dc8-a03c11854a8d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Mail-Advanced.ReadWrite.Shared","id":"bebf0bb6-2ff3-4295-a17d-f3561da294fb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Mail.Read","id":"570282fd-fa5c-430d-a7fd-fc8dc98a9dca","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.Read.Shared","id":"7b9103a5-4610-446b-9670-80643382c1fa","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.ReadBasic","id":"a4b8392a-d8d1-4954-a029-8e668a39a170","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.ReadBasic.Shared","id":"b11fa0e7-fdb7-4dc9-b1f1-59facd463480","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.ReadWrite","id":"024d486e-b451-40bb-833d-3e66d98c5c73","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.ReadWrite.Shared","id":"5df07973-7d5d-46ed-9847-1271055cbd51","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.Send","id":"e383f46e-2787-4529-855e-0e479a3ffac0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Mail.Send.Shared","id":"a367ab51-6b49-43bf-a716-a1fb06d2a174","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MailTips.ReadBasic.Shared","id":"4776cae1-54bd-4dfd-823c-e5861ed49a98","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MailboxConfigItem.Read","id":"dce2e6fc-0f4b-40da-94e2-14b4477f3d92","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MailboxConfigItem.ReadWrite","id":"7d461784-7715-4b09-9f90-91a6d8722652","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MailboxFolder.Read","id":"52dc2051-4958-4636-8f2a-281d39c6981c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MailboxFolder.ReadWrite","id":"077fde41-7e0b-4c5b-bcd1-e9d743a30c80","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MailboxItem.Export","id":"58d3e7fa-3ce9-4a0c-9baa-0971f64709d9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MailboxItem.ImportExport","id":"df96e8a0-f4e1-4ecf-8d83-a429f822cbd6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MailboxItem.Read","id":"82305458-296d-4edd-8b0b-74dd74c34526","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MailboxItem.ReadWrite","id":"ec1ade38-5268-4bc8-87fa-b230e42f7a88","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MailboxSettings.Read","id":"87f447af-9fa4-4c32-9dfa-4a57a73d18ce","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MailboxSettings.ReadWrite","id":"818c620a-27a9-40bd-a6a5-d96f7d610b4b","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ManagedTenants.Read.All","id":"dc34164e-6c4a-41a0-be89-3ae2fbad7cd3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ManagedTenants.ReadWrite.All","id":"b31fa710-c9b3-4d9e-8f5e-8036eecddab9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Member.Read.Hidden","id":"f6a3db3e-f7e8-4ed2-a414-557c8c9830be","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MultiTenantOrganization.Read.All","id":"526aa72a-5878-49fe-bf4e-357973af9b06","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MultiTenantOrganization.ReadBasic.All","id":"225db56b-15b2-4daa-acb3-0eec2bbe4849","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"MultiTenantOrganization.ReadWrite.All","id":"77af1528-84f3-4023-8d90-d219cd433108","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MutualTlsOauthConfiguration.Read.All","id":"51ae584e-e736-4718-897b-10af70f8e3cc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"MutualTlsOauthConfiguration.ReadWrite.All","id":"a51115bc-f64f-498f-bcee-00dcd28f4a03","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccess-Reports.Read.All","id":"b0c61509-cfc3-42bd-9bd4-66d81785fee4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccess.Read.All","id":"2f7013e0-ab4e-447f-a5e1-5d419950692d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccess.ReadWrite.All","id":"ae2df9c5-f18d-4ec4-a51b-bdeb807f177b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccessBranch.Read.All","id":"4051c7fc-b429-4804-8d80-8f1f8c24a6f7","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"NetworkAccessBranch.ReadWrite.All","id":"b8a36cc2-b810-461a-baa4-a7281e50bd5c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"NetworkAccessPolicy.Read.All","id":"ba22922b-752c-446f-89d7-a2d92398fceb","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"NetworkAccessPolicy.ReadWrite.All","id":"b1fbad0f-ef6e-42ed-8676-bca7fa3e7291","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Notes.Create","id":"9d822255-d64d-4b7a-afdb-833b9a97ed02","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Notes.Read","id":"371361e4-b9e2-4a3f-8315-2a301a3b0a3d","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Notes.Read.All","id":"dfabfca6-ee36-4db2-8208-7a28381419b3","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Notes.ReadWrite","id":"615e26af-c38a-4150-ae3e-c3b0d4cb1d6a","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Notes.ReadWrite.All","id":"64ac0503-b4fa-45d9-b544-71a463f05da0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Notes.ReadWrite.CreatedByApp","id":"ed68249d-017c-4df5-9113-e684c7f8760b","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Notifications.ReadWrite.CreatedByApp","id":"89497502-6e42-46a2-8cb2-427fd3df970a","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"OnPremDirectorySynchronization.Read.All","id":"f6609722-4100-44eb-b747-e6ca0536989d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OnPremDirectorySynchronization.ReadWrite.All","id":"c2d95988-7604-4ba1-aaed-38a5f82a51c7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OnPremisesPublishingProfiles.ReadWrite.All","id":"8c4d5184-71c2-4bf8-bb9d-bc3378c9ad42","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingAiInsight.Read.All","id":"166741d6-eeb8-46fe-91f4-817d2af7bc88","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingArtifact.Read.All","id":"110e5abb-a10c-4b59-8b55-9b4daa4ef743","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"OnlineMeetingRecording.Read.All","id":"190c2bb6-1fdd-4fec-9aa2-7d571b5e1fe3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetingTranscript.Read.All","id":"30b87d18-ebb1-45db-97f8-82ccb1f0190c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OnlineMeetings.Read","id":"9be106e1-f4e3-4df5-bdff-e4bc531cbe43","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"OnlineMeetings.ReadWrite","id":"a65f2972-a4f8-4f5e-afd7-69ccb046d5dc","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"OrgContact.Read.All","id":"08432d1b-5911-483c-86df-7980af5cdee0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-AppsAndServices.Read.All","id":"1e9b7a7e-4d64-44ff-acf5-2e9651c1519f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-AppsAndServices.ReadWrite.All","id":"c167b0e7-47c0-48e8-9eee-9892f58018fa","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-DynamicsVoice.Read.All","id":"9862d930-5aec-4a98-8d4f-7277a8db9bcb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-DynamicsVoice.ReadWrite.All","id":"4cea26fb-6967-4234-82c4-c044414743f8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Forms.Read.All","id":"210051a0-1ffc-435c-ae76-02d226d05752","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Forms.ReadWrite.All","id":"346c19ff-3fb2-4e81-87a0-bac9e33990c1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Microsoft365Install.Read.All","id":"8cbdb9f6-9c2e-451a-814d-ec606e5d0212","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Microsoft365Install.ReadWrite.All","id":"1ff35e91-19eb-42d8-aa2d-cc9891127ae5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Todo.Read.All","id":"7ff96f41-f022-45ba-acd8-ef3f03063d6b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrgSettings-Todo.ReadWrite.All","id":"087502c2-5263-433e-abe3-8f77231a0627","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Organization.Read.All","id":"4908d5b9-3fb2-4b1e-9336-1888b7937185","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Organization.ReadWrite.All","id":"46ca0847-7e6b-426e-9775-ea810a948356","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrganizationalBranding.Read.All","id":"9082f138-6f02-4f3a-9f4d-5f3c2ce5c688","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"OrganizationalBranding.ReadWrite.All","id":"15ce63de-b141-4c9a-a9a5-241bf27c6aaf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"POP.AccessAsUser.All","id":"d7b7f2d9-0f45-4ea1-9d42-e50810c06991","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PartnerBilling.Read.All","id":"8804798e-5934-4e30-8ce3-ef88257cecd4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PartnerSecurity.Read.All","id":"5567b981-0bf1-4796-9038-0648b46e116d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PartnerSecurity.ReadWrite.All","id":"0cd2c1f6-94a1-4075-ab8c-0b1aff2e1ad5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PendingExternalUserProfile.Read.All","id":"d88fd3fb-53d3-4c1c-8c39-787fcac2ed7a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PendingExternalUserProfile.ReadWrite.All","id":"93a1fb28-c908-4826-904e-0c74ad352b73","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"People.Read","id":"ba47897c-39ec-4d83-8086-ee8256fa737d","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"People.Read.All","id":"b89f9189-71a5-4e70-b041-9887f0bc7e4a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PeopleSettings.Read.All","id":"ec762c5f-388b-4b16-8693-ac1efbc611bc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PeopleSettings.ReadWrite.All","id":"e67e6727-c080-415e-b521-e3f35d5248e9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Place.Read.All","id":"cb8f45a0-5c2e-4ea1-b803-84b870a7d7ec","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Place.ReadWrite.All","id":"4c06a06a-098a-4063-868e-5dfee3827264","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PlaceDevice.Read.All","id":"4c7f93d2-6b0b-4e05-91aa-87842f0a2142","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PlaceDevice.ReadWrite.All","id":"eafd6a71-e95a-4f8a-bb6e-fb84ab7fbd9e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.All","id":"572fea84-0151-49b2-9301-11cb16974376","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.AuthenticationMethod","id":"a6ff13ac-1851-4993-8ca9-a671d70de2d5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.B2BManagementPolicy","id":"4b293250-121d-4cb4-acc7-5280438c18a6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.ConditionalAccess","id":"633e0fce-8c58-4cfb-9495-12bbd5a24f7c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Policy.Read.CrossTenantAccess","id":"b337372a-8b4d-428d-9cd8-3d7363865736","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.DeviceConfiguration","id":"3616a4b0-6746-49c4-a678-4c237599074d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.IdentityProtection","id":"d146432f-b803-4ed4-8d42-ba74193a6ede","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.PermissionGrant","id":"414de6ea-2d92-462f-b120-6e2a809a6d01","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.Read.Recovery","id":"61faa1e9-0931-4f9a-94ba-bc2e3505c685","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.AccessReview","id":"4f5bc9c8-ea54-4772-973a-9ca119cb0409","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ApplicationConfiguration","id":"b27add92-efb2-4f16-84f5-8108ba77985c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.AuthenticationFlows","id":"edb72de9-4252-4d03-a925-451deef99db7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.AuthenticationMethod","id":"7e823077-d88e-468f-a337-e18f1f0e6c7c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.Authorization","id":"edd3c878-b384-41fd-95ad-e7407dd775be","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.B2BManagementPolicy","id":"723c4a0c-85b0-4a02-bb2a-c9eb07959de9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ConditionalAccess","id":"ad902697-1014-4ef5-81ef-2b4301988e8c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ConsentRequest","id":"4d135e65-66b8-41a8-9f8b-081452c91774","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.CrossTenantAccess","id":"014b43d0-6ed4-4fc6-84dc-4b6f7bae7d85","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.CrossTenantCapability","id":"9ef7463f-1d39-406f-89ea-3483a4645e1c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.DeviceConfiguration","id":"40b534c3-9552-4550-901b-23879c90bcf9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.ExternalIdentities","id":"b5219784-1215-45b5-b3f1-88fe1081f9c0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.FeatureRollout","id":"92a38652-f13b-4875-bc77-6e1dbb63e1b2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.FedTokenValidation","id":"be1be369-4540-4ac9-8928-79de99f70d8f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.IdentityProtection","id":"7256e131-3efb-4323-9854-cf41c6021770","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.MobilityManagement","id":"a8ead177-1889-4546-9387-f25e658e2a79","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.PermissionGrant","id":"2672f8bb-fd5e-42e0-85e1-ec764dd2614e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.Recovery","id":"1e7a2f4c-e602-4b1b-9547-304dd65c4cc2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.SecurityDefaults","id":"0b2a744c-2abf-4f1e-ad7e-17a087e2be99","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Policy.ReadWrite.TrustFramework","id":"cefba324-1a70-4a6e-9c1d-fd670b7ae392","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PreAuthorizationGrant.Read.All","id":"9c98cbde-410c-4719-9058-166504f17863","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Presence.Read","id":"76bc735e-aecd-4a1d-8b4c-2b915deabb79","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Presence.Read.All","id":"9c7a330d-35b3-4aa1-963d-cb2b9f927841","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Presence.ReadWrite","id":"8d3c54a7-cf58-4773-bf81-c0cd6ad522bb","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrintConnector.Read.All","id":"d69c2d6d-4f72-4f99-a6b9-663e32f8cf68","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintConnector.ReadWrite.All","id":"79ef9967-7d59-4213-9c64-4b10687637d8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.Create","id":"21f0d9c0-9f13-48b3-94e0-b6b231c7d320","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrintJob.Read","id":"248f5528-65c0-4c88-8326-876c7236df5e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrintJob.Read.All","id":"afdd6933-a0d8-40f7-bd1a-b5d778e8624b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.ReadBasic","id":"6a71a747-280f-4670-9ca0-a9cbf882b274","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrintJob.ReadBasic.All","id":"04ce8d60-72ce-4867-85cf-6d82f36922f3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.ReadWrite","id":"b81dd597-8abb-4b3f-a07a-820b0316ed04","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrintJob.ReadWrite.All","id":"036b9544-e8c5-46ef-900a-0646cc42b271","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintJob.ReadWriteBasic","id":"6f2d22f2-1cb6-412c-a17c-3336817eaa82","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrintJob.ReadWriteBasic.All","id":"3a0db2f6-0d2a-4c19-971b-49109b19ad3d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintSettings.Read.All","id":"490f32fd-d90f-4dd7-a601-ff6cdc1a3f6c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrintSettings.ReadWrite.All","id":"9ccc526a-c51c-4e5c-a1fd-74726ef50b8f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Printer.Create","id":"90c30bed-6fd1-4279-bf39-714069619721","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Printer.FullControl.All","id":"93dae4bd-43a1-4a23-9a1a-92957e1d9121","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Printer.Read.All","id":"3a736c8a-018e-460a-b60c-863b2683e8bf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Printer.ReadWrite.All","id":"89f66824-725f-4b8f-928e-e1c5258dc565","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrinterShare.Read.All","id":"ed11134d-2f3f-440d-a2e1-411efada2502","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrinterShare.ReadBasic.All","id":"5fa075e9-b951-4165-947b-c63396ff0a37","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"PrinterShare.ReadWrite.All","id":"06ceea37-85e2-40d7-bec3-91337a46038f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess-CustomExt.Read.All","id":"bc04fe80-7e6a-4154-8b8f-d1e3465613bf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess-CustomExt.ReadWrite.All","id":"157efa76-20fd-4db4-876e-90c049322467","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.Read.AzureAD","id":"b3a539c9-59cb-4ad5-825a-041ddbdc2bdb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.Read.AzureADGroup","id":"d329c81c-20ad-4772-abf9-3f6fdb7e5988","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.Read.AzureResources","id":"1d89d70c-dcac-4248-b214-903c457af83a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.ReadWrite.AzureAD","id":"3c3c74f5-cdaa-4a97-b7e0-4e788bfcfb37","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.ReadWrite.AzureADGroup","id":"32531c59-1f32-461f-b8df-6f8a3b89f73b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAccess.ReadWrite.AzureResources","id":"a84a9652-ffd3-496e-a991-22ba5529156a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.Read.AzureADGroup","id":"02a32cc4-7ab5-4b58-879a-0586e0f7c495","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.Read.EntraAppRole","id":"d5767d44-e1c1-4fc7-8fb1-7daa58df022a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup","id":"06dbc45d-6708-4ef0-a797-f797ee68bf4b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.ReadWrite.EntraAppRole","id":"e07122a7-d275-4a27-a2f5-eb62349edae0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedAssignmentSchedule.Remove.AzureADGroup","id":"ca5fe595-68ff-4dfd-907d-4509501a0e49","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.Read.AzureADGroup","id":"8f44f93d-ecef-46ae-a9bf-338508d44d6b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.Read.EntraAppRole","id":"9b9eb231-5483-4f3c-89e9-9d5048dafe9d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup","id":"ba974594-d163-484e-ba39-c330d5897667","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.ReadWrite.EntraAppRole","id":"f7ff1cb0-e255-4bb3-b24a-6708c60c5418","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PrivilegedEligibilitySchedule.Remove.AzureADGroup","id":"c5ea9ab4-9b41-4c09-a400-53e652fb5096","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProfilePhoto.Read.All","id":"469cd065-729e-4dee-b1fa-d92e0fab6310","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProfilePhoto.ReadWrite.All","id":"f5b24df7-511e-48bb-ae88-643f023b55e1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProgramControl.Read.All","id":"c492a2e1-2f8f-4caa-b076-99bbf6e40fe4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProgramControl.ReadWrite.All","id":"50fd364f-9d93-4ae1-b170-300e87cccf84","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProtectionScopes.Compute.All","id":"98f5a27a-539a-48bc-a597-f78e9e1e76bf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProtectionScopes.Compute.User","id":"4fc04d16-a9fc-4c5e-8da4-79b6c33638a4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ProvisioningLog.Read.All","id":"95aec97b-cf27-4a8d-a67d-42f60b5b38ef","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PublicKeyInfrastructure.Read.All","id":"04a4b2a2-3f26-4fc8-87ee-9c46e68db175","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PublicKeyInfrastructure.ReadWrite.All","id":"3591b7f3-dba8-4bad-b667-7a64bd4f2b83","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PullPrintPrinter.FullControl.All","id":"ef6b83cd-f762-47ff-97d7-6f6f2d0486ea","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PullPrintPrinter.Read.All","id":"deac7994-79bc-44c9-8828-01c1a9a96618","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"PullPrintPrinter.ReadWrite.All","id":"c628c397-5d7f-4c93-ae0f-4680282fd6d5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"QnA.Read.All","id":"f73fa04f-b9a5-4df9-8843-993ce928925e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"RealTimeActivityFeed.Read.All","id":"db5d5bae-0c9e-444e-9390-8a5fea98c253","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RecordsManagement.Read.All","id":"07f995eb-fc67-4522-ad66-2b8ca8ea3efd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RecordsManagement.ReadWrite.All","id":"f2833d75-a4e6-40ab-86d4-6dfe73c97605","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RemoteTenantGroups.Read.All","id":"d207fff0-6e36-4360-a23b-495e23b60385","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ReportSettings.Read.All","id":"84fac5f4-33a9-4100-aa38-a20c6d29e5e7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ReportSettings.ReadWrite.All","id":"b955410e-7715-4a88-a940-dfd551018df3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Reports.Read.All","id":"02e97553-ed7b-43d0-ab3c-f8bace0d040c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ResourceSpecificPermissionGrant.ReadForChat","id":"cb530fca-534b-4e72-aa74-bca7e8bbd06f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ResourceSpecificPermissionGrant.ReadForTeam","id":"eafad40c-bf7a-415a-b7f8-acdf5706b58f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ResourceSpecificPermissionGrant.ReadForUser","id":"f1d91a8f-88e7-4774-8401-b668d5bca0c5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RiskPreventionProviders.Read.All","id":"e197c06f-ae7b-4398-b0a2-89f76ebca159","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RiskPreventionProviders.ReadWrite.All","id":"2a7babba-9623-4109-bc9c-79728cf3bb4f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleAssignmentSchedule.Read.Directory","id":"344a729c-0285-42c6-9014-f12b9b8d6129","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleAssignmentSchedule.ReadWrite.Directory","id":"8c026be3-8e26-4774-9372-8d5d6f21daff","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleAssignmentSchedule.Remove.Directory","id":"f71cd05c-3fdb-4568-aef2-e1cf62ee20d4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleEligibilitySchedule.Read.Directory","id":"eb0788c2-6d4e-4658-8c9e-c0fb8053f03d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleEligibilitySchedule.ReadWrite.Directory","id":"62ade113-f8e0-4bf9-a6ba-5acb31db32fd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleEligibilitySchedule.Remove.Directory","id":"58ac4fa2-b484-4d6e-ba97-beee2a574220","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.All","id":"48fec646-b2ba-4019-8681-8eb31435aded","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.CloudPC","id":"9619b88a-8a25-48a7-9571-d23be0337a79","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.Defender","id":"dd689728-6eb8-4deb-bd38-2924a935f3de","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.Directory","id":"741c54c3-0c1e-44a1-818b-3f97ab4e8c83","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.Read.Exchange","id":"3bc15058-7858-4141-b24f-ae43b4e80b52","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.CloudPC","id":"501d06f8-07b8-4f18-b5c6-c191a4af7a82","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.Defender","id":"d8914f8f-9f64-4bd1-b4d3-f5a701ed8457","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.Directory","id":"d01b97e9-cbc0-49fe-810a-750afd5527a3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagement.ReadWrite.Exchange","id":"c1499fe0-52b1-4b22-bed2-7a244e0e879f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementAlert.Read.Directory","id":"cce71173-f76d-446e-97ff-efb2d82e11b1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementAlert.ReadWrite.Directory","id":"435644c6-a5b1-40bf-8f52-fe8e5b53e19c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.Read.AzureADGroup","id":"7e26fdff-9cb1-4e56-bede-211fe0e420e8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.Read.Directory","id":"3de2cdbe-0ff5-47d5-bdee-7f45b4749ead","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.Read.EntraAppRole","id":"8b3ffd3b-178e-4aae-be39-ba87585eddb2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.ReadWrite.AzureADGroup","id":"0da165c7-3f15-4236-b733-c0b0f6abe41d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.ReadWrite.Directory","id":"1ff1be21-34eb-448c-9ac9-ce1f506b2a68","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"RoleManagementPolicy.ReadWrite.EntraAppRole","id":"652ec839-e4ac-4eb5-b545-ecc90eeceb2d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SMTP.Send","id":"258f6531-6087-4cc4-bb90-092c5fb3ed3f","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Schedule.Read.All","id":"fccf6dd8-5706-49fa-811f-69e2e1b585d0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Schedule.ReadWrite.All","id":"63f27281-c9d9-4f29-94dd-6942f7f1feb0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SchedulePermissions.ReadWrite.All","id":"07919803-6073-4cd8-bc55-28077db0ee10","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SearchConfiguration.Read.All","id":"7d307522-aa38-4cd0-bd60-90c6f0ac50bd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SearchConfiguration.ReadWrite.All","id":"b1a7d408-cab0-47d2-a2a5-a74a3733600d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityActions.Read.All","id":"1638cddf-07a4-4de2-8645-69c96cacad73","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityActions.ReadWrite.All","id":"dc38509c-b87d-4da0-bd92-6bec988bac4a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityAlert.Create.All","id":"7417b8c6-a088-4c4c-99c7-bca9ab3eb9ba","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityAlert.Read.All","id":"bc257fb8-46b4-4b15-8713-01e91bfbe4ea","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityAlert.ReadWrite.All","id":"471f2a7f-2a42-4d45-a2bf-594d0838070d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityAnalyzedMessage.Read.All","id":"53e6783e-b127-4a35-ab3a-6a52d80a9077","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityAnalyzedMessage.ReadWrite.All","id":"48eb8c83-6e58-46e7-a6d3-8805822f5940","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityCopilotWorkspaces.Read.All","id":"84499c31-ac2e-44d3-a0cf-a6c386d4dfe8","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"SecurityCopilotWorkspaces.ReadWrite.All","id":"206291b0-2167-47a7-a640-6cdc1df710ba","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"SecurityEvents.Read.All","id":"64733abd-851e-478a-bffb-e47a14b18235","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityEvents.ReadWrite.All","id":"6aedf524-7e1c-45a7-bd76-ded8cab8d0fc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesAccount.Read.All","id":"3e9ed69a-a48e-473c-8b97-413016703a37","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesActions.ReadWrite.All","id":"818229ce-20e4-47bd-92f4-bc94dbb37a56","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesAutoConfig.Read.All","id":"8ff90903-1ecb-4f3a-b8b2-42120374ecd6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesAutoConfig.ReadWrite.All","id":"b810fdb4-8733-43bd-9b37-fddb7215c69f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesHealth.Read.All","id":"a0d0da43-a6df-4416-b63d-99c79991aae8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesHealth.ReadWrite.All","id":"53e51eec-2d9b-4990-97f3-c9aa5d5652c3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesMigration.Read.All","id":"63595162-fcc0-4127-8b1e-bfe90b23a10e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesMigration.ReadWrite.All","id":"741a6ef0-37e6-4b0a-9178-133d94fbc46e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesSensors.Read.All","id":"2c221239-7c5c-4b30-9355-d84663bfcd96","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesSensors.ReadWrite.All","id":"087c3ad9-c2ca-4b82-9885-d5e25ce9e183","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesUserActions.Read.All","id":"c7d0a939-da1c-4aca-80fa-d0a6cd924801","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIdentitiesUserActions.ReadWrite.All","id":"bf230e97-1957-4df6-b3f6-57f9029eacdf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIncident.Read.All","id":"b9abcc4f-94fc-4457-9141-d20ce80ec952","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SecurityIncident.ReadWrite.All","id":"128ca929-1a19-45e6-a3b8-435ec44a36ba","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabel.Evaluate","id":"a4633e44-d355-4474-99df-8c2de6b0e39e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabel.Evaluate.All","id":"a42e3c42-b31e-4919-b699-696dca5dc9e7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabel.Read","id":"1aeb73ce-68d7-49b7-913a-eedc80844551","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SensitivityLabels.Read.All","id":"8b377c27-ea19-4863-a948-8a8588c8f2c3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SentimentSurvey.Export.All","id":"df9fd94d-51ff-443d-8f31-ae4dc1b5b8d8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-Exchange.Read.All","id":"1fe7aa48-9373-4a47-8df3-168335e0f4c9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-Microsoft365Web.Read.All","id":"d74c75b1-d5a9-479d-902d-92f8f99182c1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-OneDrive.Read.All","id":"347e3c16-30f3-4ac7-9b52-fc3c053de9c9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceActivity-Teams.Read.All","id":"404d76f0-e10e-460a-92be-ef19600c54d1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceHealth.Read.All","id":"55896846-df78-47a7-aa94-8d3d4442ca7f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceMessage.Read.All","id":"eda39fa6-f8cf-4c3c-a909-432c683e4c9b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServiceMessageViewpoint.Write","id":"636e1b0b-1cc2-4b1c-9aa9-4eeed9b9761b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServicePrincipalEndpoint.Read.All","id":"9f9ce928-e038-4e3b-8faf-7b59049a8ddc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ServicePrincipalEndpoint.ReadWrite.All","id":"7297d82c-9546-4aed-91df-3d4f0a9b3ff0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SharePointCrossTenantMigration.Manage.All","id":"c608c170-08b5-466b-a8fe-0b4074b01613","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SharePointCrossTenantMigration.Read.All","id":"00dcb678-f9af-4e73-acb1-4f1657364629","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SharePointTenantSettings.Read.All","id":"2ef70e10-5bfd-4ede-a5f6-67720500b258","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SharePointTenantSettings.ReadWrite.All","id":"aa07f155-3612-49b8-a147-6c590df35536","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ShortNotes.Read","id":"50f66e47-eb56-45b7-aaa2-75057d9afe08","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"ShortNotes.ReadWrite","id":"328438b7-4c01-4c07-a840-e625a749bb89","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"SignInIdentifier.Read.All","id":"458e1edc-1e75-438c-8c7b-c32115c9d373","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SignInIdentifier.ReadWrite.All","id":"b4673c3c-7b5a-4012-9826-7c7e3c8db6af","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Sites.Create.All","id":"0e2e68e1-3f32-4e10-9281-f749e097fcbe","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Sites.FullControl.All","id":"5a54b8b3-347c-476d-8f8e-42d5c7424d29","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Sites.Manage.All","id":"65e50fdc-43b7-4915-933e-e8138f11f40a","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Sites.Read.All","id":"205e70e5-aba6-4c52-a976-6d2d46c48043","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Sites.ReadWrite.All","id":"89fe6a52-be36-487e-b7d8-d061c450a026","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Sites.Selected","id":"f89c84ef-20d0-4b54-87e9-02e856d66d53","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"SpiffeTrustDomain.Read.All","id":"9b4aa4b1-aaf3-41b7-b743-698b27e77ff6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SpiffeTrustDomain.ReadWrite.All","id":"8ba47079-8c47-4bfe-b2ce-13f28ef37247","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Storyline.ReadWrite.All","id":"fd1d61cb-4e4b-4d15-a6d2-161348681d84","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SubjectNameRegistration.ReadWrite","id":"fb0d7592-1943-4141-a7bc-b7ae45b84ecf","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"SubjectRightsRequest.Read.All","id":"9c3af74c-fd0f-4db4-b17a-71939e2a9d77","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SubjectRightsRequest.ReadWrite.All","id":"2b8fcc74-bce1-4ae3-a0e8-60c53739299d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Subscription.Read.All","id":"5f88184c-80bb-4d52-9ff2-757288b2e9b7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Synchronization.Read.All","id":"7aa02aeb-824f-4fbe-a3f7-611f751f5b55","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Synchronization.ReadWrite.All","id":"7bb27fa3-ea8f-4d67-a916-87715b6188bd","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"SynchronizationData-User.Upload","id":"1a2e7420-4e92-4d2b-94cb-fb2952e9ddf7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Tasks.Read","id":"f45671fb-e0fe-4b4b-be20-3d3ce43f1bcb","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Tasks.Read.Shared","id":"88d21fd4-8e5a-4c32-b5e2-4a1c95f34f72","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Tasks.ReadWrite","id":"2219042f-cab5-40cc-b0d2-16b1540b4c5f","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Tasks.ReadWrite.Shared","id":"c5ddf11b-c114-4886-8558-8a4e557cd52b","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Team.Create","id":"7825d5d6-6049-4ce7-bdf6-3b8d53f4bcd0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"Team.ReadBasic.All","id":"485be79e-c497-4b35-9400-0e3fa7f2a5d4","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamMember.Read.All","id":"2497278c-d82d-46a2-b1ce-39d4cdde5570","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamMember.ReadWrite.All","id":"4a06efd2-f825-4e34-813e-82a57b03d1ee","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamMember.ReadWriteNonOwnerRole.All","id":"2104a4db-3a2f-4ea0-9dba-143d457dc666","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamSettings.Read.All","id":"48638b3c-ad68-4383-8ac4-e6880ee6ca57","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamSettings.ReadWrite.All","id":"39d65650-9d3e-4223-80db-a335590d027e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamTemplates.Read","id":"cd87405c-5792-4f15-92f7-debc0db6d1d6","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsActivity.Read","id":"0e755559-83fb-4b44-91d0-4cc721b9323e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsActivity.Send","id":"7ab1d787-bae7-4d5d-8db6-37ea32df9186","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsAppInstallation.ManageSelectedForChat","id":"d1ba22c6-3f02-4c91-addb-bc3399bcca88","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ManageSelectedForTeam","id":"c67b2d7e-6b80-4218-938a-05e73058e42d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ManageSelectedForUser","id":"830c2bd9-c335-4caf-bf83-c07fa8a23ef1","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadForChat","id":"bf3fbf03-f35f-4e93-963e-47e4d874c37a","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsAppInstallation.ReadForTeam","id":"5248dcb1-f83b-4ec3-9f4d-a4428a961a72","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadForUser","id":"c395395c-ff9a-4dba-bc1f-8372ba9dca84","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsAppInstallation.ReadSelectedForChat","id":"0f3420c2-c6ec-46de-ab72-fd51267087d5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadSelectedForTeam","id":"b55df1c0-db20-435b-aef2-afe6ed487e16","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadSelectedForUser","id":"fe2e4e1d-101f-4fb2-9cb1-9d6659db45d4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentForChat","id":"e1408a66-8f82-451b-a2f3-3c3e38f7413f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentForTeam","id":"946349d5-2a9d-4535-abc0-7beeacaedd1d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentForUser","id":"2da62c49-dfbd-40df-ba16-fef3529d391c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentSelfForChat","id":"a0e0e18b-8fb2-458f-8130-da2d7cab9c75","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentSelfForTeam","id":"4a6bbf29-a0e1-4a4d-a7d1-cef17f772975","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteAndConsentSelfForUser","id":"7a349935-c54d-44ab-ab66-1b460d315be7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteForChat","id":"aa85bf13-d771-4d5d-a9e6-bca04ce44edf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteForTeam","id":"2e25a044-2580-450d-8859-42eeb6e996c0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteForUser","id":"093f8818-d05f-49b8-95bc-9d2a73e9a43c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelectedForChat","id":"690aa3b6-4b71-41c2-a990-77a8c4768d2b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelectedForTeam","id":"9131c833-9a49-4c54-b38f-615ecfc4fc69","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelectedForUser","id":"ea819e27-c92a-4118-b83b-4540b125d744","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelfForChat","id":"0ce33576-30e8-43b7-99e5-62f8569a4002","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelfForTeam","id":"0f4595f7-64b1-4e13-81bc-11a249df07a9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsAppInstallation.ReadWriteSelfForUser","id":"207e0cb1-3ce7-4922-b991-5a760c346ebc","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsPolicyUserAssign.ReadWrite.All","id":"6997c35c-a586-440c-8a0b-4ffe5d118dc0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsResourceAccount.Read.All","id":"ea2cbd09-253c-4f69-a0e6-07383c5f07cc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.Create","id":"a9ff19c2-f369-4a95-9a25-ba9d460efc8e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.Read.All","id":"59dacb05-e88d-4c13-a684-59f1afc8cc98","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWrite.All","id":"b98bfd41-87c6-45cc-b104-e2de4f0dafb9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteForChat","id":"ee928332-e9c2-4747-b4a0-f8c164b68de6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteForTeam","id":"c975dd04-a06e-4fbb-9704-62daad77bb49","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteForUser","id":"c37c9b61-7762-4bff-a156-afc0005847a0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsTab.ReadWriteSelfForChat","id":"0c219d04-3abf-47f7-912d-5cca239e90e6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteSelfForTeam","id":"f266662f-120a-4314-b26a-99b08617c7ef","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTab.ReadWriteSelfForUser","id":"395dfec1-a0b9-465f-a783-8250a430cb8c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamsTelephoneNumber.Read.All","id":"1bc6eab1-058d-4557-b011-d4c41cec88b7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsTelephoneNumber.ReadWrite.All","id":"424b07a8-1209-4d17-9fe4-9018a93a1024","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamsUserConfiguration.Read.All","id":"5c469ce4-dab5-4afd-b9de-14f1ba4004a7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Teamwork.Read.All","id":"594f4bb6-c083-4cf9-8aa8-213823bdf351","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkAppSettings.Read.All","id":"44e060c4-bbdc-4256-a0b9-dcc0396db368","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamworkAppSettings.ReadWrite.All","id":"87c556f0-2bd9-4eed-bd74-5dd8af6eaf7e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkCustomEmoji.Create","id":"72464cd4-58fd-4116-8a9e-b74757574757","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamworkCustomEmoji.Read","id":"89b231b1-414e-4dd4-bb87-d59906da4e05","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamworkDevice.Read.All","id":"b659488b-9d28-4208-b2be-1c6652b3c970","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkDevice.ReadWrite.All","id":"ddd97ecb-5c31-43db-a235-0ee20e635c40","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkSection.Read","id":"87a3258d-8c34-49e2-ab91-9b8bdbd79177","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamworkSection.ReadWrite","id":"70dbe5e8-39b9-40f3-8c65-3ec7b00ad804","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"TeamworkTag.Read","id":"57587d0b-8399-45be-b207-8050cec54575","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkTag.ReadWrite","id":"539dabd7-b5b6-4117-b164-d60cd15a8671","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkTargetedMessage.ReadWrite","id":"162354de-2885-4e5a-94fb-2f03019a65a8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TeamworkUserInteraction.Read.All","id":"b4d26916-07e0-4daf-9096-9f6d9174aa96","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Invitation.Read.All","id":"fda068e8-0524-485e-8d7f-b5bc29b0dae9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Invitation.ReadWrite.All","id":"42b91635-3803-4af2-a2d5-e91127f9c488","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-PolicyTemplate.Read.All","id":"ad222a15-813d-46b8-8f8d-1976a69a74f3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-PolicyTemplate.ReadWrite.All","id":"7cd0bd21-45fe-4c8e-a549-3c95bd27d185","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-RelatedTenant.Read.All","id":"9caaca93-f090-4b9a-b4bb-17de251354d4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-RelatedTenant.ReadWrite.All","id":"e61db2de-de55-461e-942d-52a028ed1076","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Relationship.Read.All","id":"0b1c2458-4845-477b-a704-3cce8b06bf28","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Relationship.ReadWrite.All","id":"3fbcd6a3-a9a5-4d69-8a78-acc7d7195180","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Request.Read.All","id":"a924b9f1-7af0-4982-aecf-b6e0e10b2830","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Request.ReadWrite.All","id":"3c7a434e-4e5d-413f-be82-b77ea4ba5a4d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Setting.Read.All","id":"4ad3e05f-2467-49d9-baa2-8e4de7bcee9b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TenantGovernance-Setting.ReadWrite.All","id":"135f3533-12fc-4608-97ac-5c5cea64baf0","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TermStore.Read.All","id":"297f747b-0005-475b-8fef-c890f5152b38","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TermStore.ReadWrite.All","id":"6c37c71d-f50f-4bff-8fd3-8a41da390140","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatAssessment.ReadWrite.All","id":"cac97e40-6730-457d-ad8d-4852fddab7ad","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatHunting.Read.All","id":"b152eca8-ea73-4a48-8c98-1a6742673d99","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatIndicators.Read.All","id":"9cc427b4-2004-41c5-aa22-757b755e9796","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatIndicators.ReadWrite.OwnedBy","id":"91e7d36d-022a-490f-a748-f8e011357b42","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatIntelligence.Read.All","id":"f266d9c0-ccb9-4fb8-a228-01ac0d8d6627","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmission.Read","id":"fd5353c6-26dd-449f-a565-c4e16b9fce78","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmission.Read.All","id":"7083913a-4966-44b6-9886-c5822a5fd910","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmission.ReadWrite","id":"68a3156e-46c9-443c-b85c-921397f082b5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmission.ReadWrite.All","id":"8458e264-4eb9-4922-abe9-768d58f13c7f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"ThreatSubmissionPolicy.ReadWrite.All","id":"059e5840-5353-4c68-b1da-666a033fc5e8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"Topic.Read.All","id":"79c4c76f-409a-4f98-884d-e2c09291ec26","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TrustFrameworkKeySet.Read.All","id":"7ad34336-f5b1-44ce-8682-31d7dfcd9ab9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"TrustFrameworkKeySet.ReadWrite.All","id":"39244520-1e7d-4b4a-aee0-57c65826e427","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UnifiedGroupMember.Read.AsGuest","id":"73e75199-7c3e-41bb-9357-167164dbb415","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-ConvertToInternal.ReadWrite.All","id":"550e695c-7511-40f4-ac79-e8fb9c82552d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-LifeCycleInfo.Read.All","id":"ed8d2a04-0374-41f1-aefe-da8ac87ccc87","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-LifeCycleInfo.ReadWrite.All","id":"7ee7473e-bd4b-4c9f-987c-bd58481f5fa2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-Mail.ReadWrite.All","id":"6166886a-9576-433b-8544-658177bdef1d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-OnPremisesSyncBehavior.ReadWrite.All","id":"7ff9afdd-0cdb-439d-a61c-fea3e9339e89","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-PasswordProfile.ReadWrite.All","id":"56760768-b641-451f-8906-e1b8ab31bca7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User-Phone.ReadWrite.All","id":"e29d5979-5b06-4a7f-ae24-6a9348d2e1ff","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.Create","id":"d8ce6a2a-46ff-438e-96bc-020f23870a55","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.DeleteRestore.All","id":"4bb440cd-2cf2-4f90-8004-aa2acd2537c5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.EnableDisableAccount.All","id":"f92e74e7-2563-467f-9dd0-902688cb5863","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.Export.All","id":"405a51b5-8d8d-430b-9842-8be4b0e9f324","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.Invite.All","id":"63dd7cd9-b489-4adf-a28c-ac38b9a0f962","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.ManageIdentities.All","id":"637d7bec-b31e-4deb-acc9-24275642a2c9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.Read","id":"e1fe6dd8-ba31-4d61-89e7-88639da4683d","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"User.Read.All","id":"a154be20-db9c-4678-8ab7-66f6cc099a59","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.ReadBasic.All","id":"b340eb25-3456-403f-be2f-af7a0d370277","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"User.ReadUpdate.All","id":"f8b099f1-a6ce-4e00-8fff-5f783ff4faeb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.ReadWrite","id":"b4e74841-8e56-480b-be8b-910348b18b4c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"User.ReadWrite.All","id":"204e0828-b5ca-4ad8-b9f3-f32a958e7cc4","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"User.RevokeSessions.All","id":"fc30e98b-8810-4501-81f5-c20a3196387b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserActivity.ReadWrite.CreatedByApp","id":"47607519-5fb1-47d9-99c7-da4b48f369b1","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Email.Read","id":"12b23cea-90c1-4873-9094-f45c5f290f86","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Email.Read.All","id":"76caaf3a-ebdb-40a3-9299-4196e636f290","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Email.ReadWrite","id":"696aa421-62dc-4c99-be16-015b23444089","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Email.ReadWrite.All","id":"074f680f-c89e-45be-880e-5d0642860a1c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-External.Read","id":"d1739827-146b-4f7f-b52c-1c509253aa57","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-External.Read.All","id":"cbca9646-4c34-4cea-8e54-9a7088018820","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-External.ReadWrite","id":"28c2e8f9-828a-4691-a090-f2f0b7fc07b3","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-External.ReadWrite.All","id":"9d91805d-0f53-43e3-a0f3-303ad4f3056f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-HardwareOATH.Read","id":"ccd2eb40-8874-44e6-8f96-335908b3cfdb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-HardwareOATH.Read.All","id":"acd68c26-c283-4bf4-8b5c-200fc179bdd5","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-HardwareOATH.ReadWrite","id":"147ca97b-6686-4849-b37e-09d9b5ad45fc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-HardwareOATH.ReadWrite.All","id":"480643f2-a162-43c5-a670-dc1494fc911b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-MicrosoftAuthApp.Read","id":"f14a567b-3280-4124-95a0-eca86006967e","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-MicrosoftAuthApp.Read.All","id":"7b627679-e2fd-4bfd-990e-989e2914d4e6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-MicrosoftAuthApp.ReadWrite","id":"9f7dfa0c-eb40-42be-8d45-8af4a9219c6f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-MicrosoftAuthApp.ReadWrite.All","id":"1b7322b2-5cb3-4f13-928f-d7ca97c5fba9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Passkey.Read","id":"828fcbda-0d26-431d-8bfb-83f217224621","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Passkey.Read.All","id":"14195339-1fe4-48a7-a0d3-a39eb9fd8958","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Passkey.ReadWrite","id":"b2de7db9-10f7-4800-b04c-b5b91e4891d6","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Passkey.ReadWrite.All","id":"64930478-d0ea-4671-ad72-fe0d9821df09","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-Password.Read","id":"7f0f82c3-de19-4ddc-810d-a2206d7637fd","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Password.Read.All","id":"4f69a4e2-2aa0-43a7-ad6b-98b4cda1f23f","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Password.ReadWrite","id":"60cce20d-d41e-4594-b391-84bbf8cc31f3","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Password.ReadWrite.All","id":"7f5b683d-df96-4690-a88d-6e336ed6dc7c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Phone.Read","id":"43dab3b9-e8b4-424d-8e13-6a2ad2a625fa","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Phone.Read.All","id":"20cf4ae1-09b9-4d29-a6f8-43e1820ce60c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Phone.ReadWrite","id":"6c4aad61-f76b-46ad-a22c-57d4d3d962af","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-Phone.ReadWrite.All","id":"48c99302-9a24-4f27-a8a7-acef4debba14","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserAuthMethod-PlatformCred.Read","id":"9c694582-e8f2-40e2-8353-fb43e2e0f12a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-PlatformCred.Read.All","id":"5936156c-f89b-4850-997d-026c4e6ce529","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-PlatformCred.ReadWrite","id":"70327f81-b953-43c9-92d3-131c74e4beb8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-PlatformCred.ReadWrite.All","id":"cb11bf8c-dde1-4504-b6a5-31e1562b0749","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-QR.Read","id":"d6893c31-9187-405c-8dfc-f700c8fc161a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-QR.Read.All","id":"e4900dfb-ad17-410d-8ddb-7aebd8a6af1a","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-QR.ReadWrite","id":"651210da-18ce-4e42-b7db-302ff88e9326","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-QR.ReadWrite.All","id":"db39086a-da7d-4cbd-9ac0-6816f9a80c95","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-ResourceKey.Read.All","id":"c86e40fc-66fd-4d68-802e-b90e3038f5e8","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-ResourceKey.ReadWrite.All","id":"e71dec0d-02b4-429d-a49a-030950d45faa","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-SoftwareOATH.Read","id":"247f2733-6e3d-46ff-a904-f5fd58eb0d97","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-SoftwareOATH.Read.All","id":"3e366fa0-3097-4eb6-8294-3028f77eea6f","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-SoftwareOATH.ReadWrite","id":"16721eb3-4493-4ae1-9542-264d9ffe3ce9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-SoftwareOATH.ReadWrite.All","id":"5b34c8b5-2396-4b35-b284-83fb6a3e73ce","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-TAP.Read","id":"84ded88f-26ba-49d6-b776-efec398de692","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-TAP.Read.All","id":"6976c635-c9c2-41e6-a21d-e6913a155273","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-TAP.ReadWrite","id":"2424436d-902f-4651-a1c7-b3b93147c960","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-TAP.ReadWrite.All","id":"05de4a66-e51a-4312-842a-30c8094698d2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-WindowsHello.Read","id":"efe2b5aa-3a8e-486c-b0be-cc4d185c1b40","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-WindowsHello.Read.All","id":"ff37d46d-b88a-4e0c-85ee-7e26c37b18eb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-WindowsHello.ReadWrite","id":"f11e1db9-d419-4a24-b677-792723ffd727","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthMethod-WindowsHello.ReadWrite.All","id":"13eae17d-aaa4-47b8-aaee-0eb33c6e2450","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthenticationMethod.Read","id":"1f6b61c5-2f65-4135-9c9f-31c0f8d32b52","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthenticationMethod.Read.All","id":"aec28ec7-4d02-4e8c-b864-50163aea77eb","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthenticationMethod.ReadWrite","id":"48971fc1-70d7-4245-af77-0beb29b53ee2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserAuthenticationMethod.ReadWrite.All","id":"b7887744-6746-4312-813d-72daeaee7e2d","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserCloudClipboard.Read","id":"61e8a09a-087f-4e36-8c8c-1c77c5228017","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserNotification.ReadWrite.CreatedByApp","id":"26e2f3e8-b2a1-47fc-9620-89bb5b042024","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserTeamwork.Read","id":"834bcc1c-762f-41b0-bb91-1cdc323ee4bf","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserTimelineActivity.Write.CreatedByApp","id":"367492fc-594d-4972-a9b5-0d58c622c91c","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"UserWindowsSettings.Read.All","id":"77e07bab-1b34-40a5-bb6c-4b197b3f6027","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"UserWindowsSettings.ReadWrite.All","id":"dcb1026d-b7e1-4d31-9f61-6724d5140bf9","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VerifiedId-Profile.Read.All","id":"604b2056-41ed-4c56-aad5-1241d4ef7333","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VerifiedId-Profile.ReadWrite.All","id":"e4a9cb5e-4767-48f8-9029-decf26a54456","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VirtualAppointment.Read","id":"27470298-d3b8-4b9c-aad4-6334312a3eac","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VirtualAppointment.ReadWrite","id":"2ccc2926-a528-4b17-b8bb-860eed29d64c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VirtualAppointmentNotification.Send","id":"20d02fff-a0ef-49e7-a46e-019d4a6523b7","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VirtualEvent.Read","id":"6b616635-ae58-433a-a918-8c45e4f304dc","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"VirtualEvent.ReadWrite","id":"d38d189c-e29b-4344-8b3b-829bfa81380b","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"WindowsUpdates.Read.All","id":"e09fef2d-bf5e-4439-affa-7c48d23bb1c2","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"WindowsUpdates.ReadWrite.All","id":"11776c0c-6138-4db3-a668-ee621bea2555","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"WorkforceIntegration.Read.All","id":"f1ccd5a7-6383-466a-8db8-1a656f7d06fa","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"WorkforceIntegration.ReadWrite.All","id":"08c4b377-0d23-4a8b-be2a-23c1c1d88545","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"eDiscovery.Read.All","id":"99201db3-7652-4d5a-809a-bdb94f85fe3c","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"eDiscovery.ReadWrite.All","id":"acb8f680-0834-4146-b69e-4ab1b39745ad","type":"delegated","adminConsentRequired":true,"enabled":true},{"name":"email","id":"64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"offline_access","id":"7427e0e9-2fba-42fe-b0c0-848c9e6a8182","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"openid","id":"37f7f235-527c-4136-accd-4a02d197296e","type":"delegated","adminConsentRequired":false,"enabled":true},{"name":"profile","id":"14dad69e-099b-42c9-810b-d002981feec1","type":"delegated","adminConsentRequired":false,"enabled":true}]}');
;// CONCATENATED MODULE: ./src/catalog/suggest.ts
/** How many names a "did you mean" list offers at most. */
const MAX_SUGGESTIONS = 3;
/** Prepares names for suggestNames: distinct, each with its lower-cased form. */
function nameCandidates(names) {
    return [...new Set(names)].map((name) => ({ name, lower: name.toLowerCase() }));
}
/**
 * The catalog names closest to a misspelt one: edit distance on lower-cased names, keeping
 * those close enough to be a plausible typo (about a third of the name's length).
 * @param query The name the user wrote.
 * @param candidates Candidate names, from nameCandidates.
 * @returns Up to MAX_SUGGESTIONS names, closest first.
 */
function suggestNames(query, candidates) {
    const wanted = query.toLowerCase();
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    const scored = [];
    const rows = new DistanceRows();
    for (const { name, lower } of candidates) {
        const distance = editDistance(wanted, lower, limit, rows);
        if (distance <= limit)
            scored.push({ name, distance });
    }
    return scored
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
        .slice(0, MAX_SUGGESTIONS)
        .map((s) => s.name);
}
/** Two rows of the distance table, reused across calls so comparing names allocates nothing. */
class DistanceRows {
    previous = new Int32Array(64);
    current = new Int32Array(64);
    /** Both rows, grown to at least `length` cells. */
    forLength(length) {
        if (this.previous.length < length) {
            this.previous = new Int32Array(length);
            this.current = new Int32Array(length);
        }
        return [this.previous, this.current];
    }
}
/**
 * Levenshtein distance within a band of `limit` cells around the diagonal (no path outside
 * it can stay within the limit), giving up as soon as a whole row exceeds the limit. Returns
 * limit + 1 for "too far". Scanning the thousand names of a catalog stays cheap.
 */
function editDistance(a, b, limit, rows = new DistanceRows()) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const tooFar = limit + 1;
    let [previous, current] = rows.forLength(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        previous[j] = j <= limit ? j : tooFar;
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        current[from - 1] = from === 1 && i <= limit ? i : tooFar;
        let rowMinimum = current[from - 1];
        const characterOfA = a.charCodeAt(i - 1);
        for (let j = from; j <= to; j++) {
            const substitution = previous[j - 1] + (characterOfA === b.charCodeAt(j - 1) ? 0 : 1);
            const value = Math.min(substitution, previous[j] + 1, current[j - 1] + 1, tooFar);
            current[j] = value;
            if (value < rowMinimum)
                rowMinimum = value;
        }
        if (to < b.length)
            current[to + 1] = tooFar;
        if (rowMinimum > limit)
            return tooFar;
        [previous, current] = [current, previous];
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/catalog/catalog.ts

/** Raised when catalog data or its source does not have the expected shape. */
class CatalogSourceError extends Error {
    name = 'CatalogSourceError';
}
const key = (resourceAppId, type, value) => `${resourceAppId.toLowerCase()}|${type}|${value.toLowerCase()}`;
/**
 * Read-only index over the bundled permission data. Lookups are keyed by
 * (resource, type, id) and (resource, type, name): one name can exist as both types with
 * different GUIDs, and one GUID (User.Export.All) serves both types.
 */
class Catalog {
    resourcesById = new Map();
    byId = new Map();
    byName = new Map();
    /** Suggestions already computed, by (resource, type, query): typos repeat across files. */
    suggestionCache = new Map();
    candidatesCache = new Map();
    constructor(resources) {
        for (const resource of resources) {
            this.resourcesById.set(resource.resourceAppId.toLowerCase(), resource);
            for (const permission of resource.permissions) {
                const entry = { ...permission, resourceAppId: resource.resourceAppId };
                this.byId.set(key(resource.resourceAppId, entry.type, entry.id), entry);
                this.byName.set(key(resource.resourceAppId, entry.type, entry.name), entry);
            }
        }
    }
    /** The resources the catalog covers. */
    resources() {
        return [...this.resourcesById.values()];
    }
    /** The catalog's data for one resource, if it covers it. */
    resource(resourceAppId) {
        return this.resourcesById.get(resourceAppId.toLowerCase());
    }
    /** The permission with this GUID and type, if any. */
    findById(resourceAppId, type, id) {
        return this.byId.get(key(resourceAppId, type, id));
    }
    /** The permission with this name and type (names compare case-insensitively). */
    findByName(resourceAppId, type, name) {
        return this.byName.get(key(resourceAppId, type, name));
    }
    /**
     * The names of this resource and type closest to a misspelt one ("did you mean").
     * @param type Restrict to one type, or look at every name of the resource.
     */
    suggest(resourceAppId, type, query) {
        const candidatesKey = `${resourceAppId.toLowerCase()}|${type ?? '*'}`;
        const cacheKey = `${candidatesKey}|${query.toLowerCase()}`;
        const cached = this.suggestionCache.get(cacheKey);
        if (cached)
            return cached;
        let candidates = this.candidatesCache.get(candidatesKey);
        if (candidates === undefined) {
            const permissions = this.resource(resourceAppId)?.permissions ?? [];
            candidates = nameCandidates(permissions.filter((p) => type === undefined || p.type === type).map((p) => p.name));
            this.candidatesCache.set(candidatesKey, candidates);
        }
        const suggestions = suggestNames(query, candidates);
        this.suggestionCache.set(cacheKey, suggestions);
        return suggestions;
    }
    /** Every entry, resource by resource, in catalog order. */
    entries() {
        return this.resources().flatMap((resource) => resource.permissions.map((permission) => ({
            ...permission,
            resourceAppId: resource.resourceAppId
        })));
    }
}
/** The other permission type: delegated <-> application. */
function otherType(type) {
    return type === 'delegated' ? 'application' : 'delegated';
}

;// CONCATENATED MODULE: ./src/model.ts
/**
 * The shapes every stage shares: readers produce declarations, the catalog resolves them,
 * rules turn them into findings.
 */
/** The well-known appId of Microsoft Graph. */
const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** True for a canonical 8-4-4-4-12 hexadecimal GUID. */
function isGuid(value) {
    return GUID_PATTERN.test(value);
}
/**
 * True for text that was evidently meant as a GUID (only hex digits and dashes, with a dash)
 * but is not a valid one. Permission names always contain a letter outside a-f or a dot.
 */
function looksLikeBrokenGuid(value) {
    return /^[0-9a-f-]{8,}$/i.test(value) && value.includes('-') && !isGuid(value);
}

;// CONCATENATED MODULE: ./src/catalog/resource-file.ts


const PERMISSION_TYPES = ['delegated', 'application'];
/**
 * Checks a catalog file's contents (as generated by `npm run catalog:build`) and returns it
 * typed, so a hand-edited or truncated file fails loudly at load time, not as wrong verdicts.
 */
function parseCatalogResource(data, origin) {
    const fail = (problem) => {
        throw new CatalogSourceError(`${origin}: ${problem}`);
    };
    if (typeof data !== 'object' || data === null)
        return fail('not an object');
    const { resourceAppId, displayName, source, permissions } = data;
    if (typeof resourceAppId !== 'string' || !isGuid(resourceAppId))
        fail('resourceAppId must be a GUID');
    if (typeof displayName !== 'string')
        fail('displayName must be a string');
    const { description, asOf } = (source ?? {});
    if (typeof description !== 'string' || typeof asOf !== 'string')
        fail('source must have a description and an asOf date');
    if (!Array.isArray(permissions))
        return fail('permissions must be an array');
    return {
        resourceAppId: resourceAppId,
        displayName: displayName,
        source: { description: description, asOf: asOf },
        permissions: permissions.map((entry, index) => {
            const p = (entry ?? {});
            if (typeof p.name !== 'string' ||
                typeof p.id !== 'string' ||
                !isGuid(p.id) ||
                !PERMISSION_TYPES.includes(p.type) ||
                typeof p.adminConsentRequired !== 'boolean' ||
                typeof p.enabled !== 'boolean')
                fail(`permissions[${index}] is not a valid permission entry`);
            return {
                name: p.name,
                id: p.id,
                type: p.type,
                adminConsentRequired: p.adminConsentRequired,
                enabled: p.enabled
            };
        })
    };
}
/**
 * Writes a catalog resource as JSON with one permission per line: compact, and a catalog
 * refresh shows up in review as one changed line per changed permission.
 */
function serializeCatalogResource(resource) {
    const line = (permission) => `    ${JSON.stringify(permission)}`;
    return [
        '{',
        `  "resourceAppId": ${JSON.stringify(resource.resourceAppId)},`,
        `  "displayName": ${JSON.stringify(resource.displayName)},`,
        `  "source": ${JSON.stringify(resource.source)},`,
        '  "permissions": [',
        resource.permissions.map(line).join(',\n'),
        '  ]',
        '}',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/catalog/bundled.ts



/** The catalog shipped with the tool (catalog/*.json, generated by `npm run catalog:build`). */
function loadBundledCatalog() {
    return new Catalog([parseCatalogResource(microsoft_graph_namespaceObject, 'catalog/microsoft-graph.json')]);
}

;// CONCATENATED MODULE: ./src/catalog/export.ts
/** The columns of a catalog export, in order. */
const EXPORT_COLUMNS = [
    'resourceAppId',
    'name',
    'id',
    'type',
    'adminConsentRequired',
    'enabled'
];
function exportRows(catalog) {
    return catalog.entries().map((entry) => ({
        resourceAppId: entry.resourceAppId,
        name: entry.name,
        id: entry.id,
        type: entry.type,
        adminConsentRequired: entry.adminConsentRequired,
        enabled: entry.enabled
    }));
}
/** Every catalog entry as a JSON array of objects. */
function exportCatalogJson(catalog) {
    return `${JSON.stringify(exportRows(catalog), null, 2)}\n`;
}
const csvField = (value) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
/** Every catalog entry as CSV (RFC 4180) with a header row. */
function exportCatalogCsv(catalog) {
    const lines = [EXPORT_COLUMNS.join(',')];
    for (const row of exportRows(catalog))
        lines.push(EXPORT_COLUMNS.map((column) => csvField(row[column])).join(','));
    return `${lines.join('\r\n')}\r\n`;
}

;// CONCATENATED MODULE: ./src/cli/cli-support.ts
/** Exit codes: nothing at the threshold, findings at the threshold, a usage error, a bug. */
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
const EXIT_INTERNAL_ERROR = 3;
/** A mistake in how the tool was called: reported in one line, exit code 2. */
class UsageError extends Error {
}
/** The `--format` option every command shares. */
const FORMAT_OPTION = { format: { type: 'string' } };
/**
 * Validates an option whose value must be one of a fixed set.
 * @param fallback The value when the option was not given.
 */
function choice(value, allowed, option, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`invalid value for --${option}: "${value}" (expected ${allowed.join(', ')})`);
}

;// CONCATENATED MODULE: ./src/cli/catalog-command.ts




/** `catalog export`: every catalog entry as JSON or CSV. */
function catalogCommand(args, env) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        options: FORMAT_OPTION
    });
    if (positionals.length !== 1 || positionals[0] !== 'export')
        throw new UsageError('the catalog command has one subcommand: catalog export');
    const format = choice(values.format, ['json', 'csv'], 'format', 'json');
    const catalog = loadBundledCatalog();
    env.stdout(format === 'csv' ? exportCatalogCsv(catalog) : exportCatalogJson(catalog));
    return EXIT_OK;
}

;// CONCATENATED MODULE: ./src/catalog/explain.ts


/**
 * Looks a permission up by name (any case) or by GUID, and gathers both types under the name.
 * @param query A permission name such as `User.Read`, or a permission GUID.
 * @param resourceAppId The resource to look in; Microsoft Graph by default.
 */
function explainPermission(catalog, query, resourceAppId = MICROSOFT_GRAPH_APP_ID) {
    const byId = isGuid(query)
        ? ['delegated', 'application']
            .map((type) => catalog.findById(resourceAppId, type, query))
            .find((entry) => entry !== undefined)
        : undefined;
    const name = byId?.name ?? query;
    const variants = ['delegated', 'application']
        .map((type) => catalog.findByName(resourceAppId, type, name))
        .filter((entry) => entry !== undefined);
    const first = variants[0];
    if (first === undefined) {
        const suggestions = isGuid(query) ? [] : catalog.suggest(resourceAppId, undefined, query);
        return { found: false, suggestions };
    }
    return {
        found: true,
        explanation: {
            name: first.name,
            resourceAppId,
            variants: variants.map(({ type, id, adminConsentRequired, enabled }) => ({
                type,
                id,
                adminConsentRequired,
                enabled
            }))
        }
    };
}

;// CONCATENATED MODULE: ./src/control-characters.ts
/**
 * C0 and C1 control characters, newlines and terminal escapes among them: text from a
 * repository must never carry these into a message, a terminal or a workflow command.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

;// CONCATENATED MODULE: ./src/policy/describe.ts

/** How Entra ID manifests spell each type, for messages that must match what users see. */
const MANIFEST_TYPE = {
    delegated: 'Scope',
    application: 'Role'
};
/** "delegated (Scope)" / "application (Role)". */
function describeType(type) {
    return `${type} (${MANIFEST_TYPE[type]})`;
}
/** "a delegated (Scope)" / "an application (Role)". */
function describeTypeWithArticle(type) {
    return `${type === 'application' ? 'an' : 'a'} ${describeType(type)}`;
}
/** The resource's display name when the catalog knows it, else its appId. */
function describeResource(catalog, resourceAppId) {
    return catalog.resource(resourceAppId)?.displayName ?? resourceAppId;
}
/**
 * Wraps text from a repository in backticks for messages, never letting it break out: a
 * backtick becomes a quote and control characters (newlines included) become \uXXXX.
 */
function quote(text) {
    const safe = text
        .replace(/`/g, "'")
        .replace(CONTROL_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `\`${safe}\``;
}

;// CONCATENATED MODULE: ./src/cli/explain-command.ts





function renderExplanation({ name, resourceAppId, variants }) {
    const lines = [`${name}  (resource ${resourceAppId})`];
    for (const variant of variants) {
        lines.push('', `  ${describeType(variant.type)}`, `    id              ${variant.id}`, `    admin consent   ${variant.adminConsentRequired ? 'required' : 'not required'}`, `    enabled         ${variant.enabled ? 'yes' : 'no'}`);
    }
    return `${lines.join('\n')}\n`;
}
/** `explain <name-or-guid>`: a permission's reference page. */
function explainCommand(args, env) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        options: FORMAT_OPTION
    });
    const format = choice(values.format, ['text', 'json'], 'format', 'text');
    const [query, ...extra] = positionals;
    if (query === undefined || extra.length > 0)
        throw new UsageError('explain takes exactly one permission name or GUID');
    const outcome = explainPermission(loadBundledCatalog(), query);
    if (!outcome.found) {
        const hint = outcome.suggestions.length > 0
            ? ` Did you mean: ${outcome.suggestions.join(', ')}?`
            : '';
        env.stderr(`graph-consent-audit: no Microsoft Graph permission "${query}".${hint}\n`);
        return EXIT_FINDINGS;
    }
    env.stdout(format === 'json'
        ? `${JSON.stringify(outcome.explanation, null, 2)}\n`
        : renderExplanation(outcome.explanation));
    return EXIT_OK;
}

;// CONCATENATED MODULE: ./src/catalog/resolve.ts


/**
 * Looks a declaration up in the catalog, by (resource, type, id) or (resource, type, name).
 * @param declaration A permission as a file references it.
 * @param catalog The catalog to consult.
 */
function resolveDeclaration(declaration, catalog) {
    const { resourceAppId, type, reference, referenceKind } = declaration;
    if (!isGuid(resourceAppId))
        return { status: 'invalid-guid', field: 'resource' };
    if (referenceKind === 'id' && !isGuid(reference))
        return { status: 'invalid-guid', field: 'permission' };
    const resource = catalog.resource(resourceAppId);
    if (resource === undefined)
        return { status: 'unverifiable' };
    const find = (asType) => referenceKind === 'id'
        ? catalog.findById(resourceAppId, asType, reference)
        : catalog.findByName(resourceAppId, asType, reference);
    const declared = find(type);
    if (declared)
        return { status: 'resolved', permission: declared };
    const other = find(otherType(type));
    if (other)
        return { status: 'wrong-type', permission: other };
    const suggestions = referenceKind === 'name' ? catalog.suggest(resourceAppId, type, reference) : [];
    return { status: 'unknown', suggestions };
}
/** The resolved catalog entry, when there is one of the declared type. */
function resolvedPermission(declaration) {
    return declaration.resolution.status === 'resolved'
        ? declaration.resolution.permission
        : undefined;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/files.ts


/** Folders never worth walking: dependencies and version control internals. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** A path the user named does not exist: a usage error, not a finding. */
class PathNotFoundError extends Error {
    name = 'PathNotFoundError';
}
/** A file is larger than the reader was willing to read. */
class FileTooLargeError extends Error {
    size;
    name = 'FileTooLargeError';
    constructor(size) {
        super(`file of ${size} bytes`);
        this.size = size;
    }
}
const toRepoPath = (path) => path.split(external_node_path_namespaceObject.sep).join('/');
/**
 * File access rooted at a folder on disk. Symbolic links met while walking are not followed;
 * a named path that resolves outside the root is refused, since repository content is
 * untrusted and a link could point at any file on the runner.
 * @param root The repository root; reported paths are relative to it.
 */
function localFiles(root) {
    const absoluteRoot = (0,external_node_path_namespaceObject.resolve)(root);
    const realRoot = (0,promises_namespaceObject.realpath)(absoluteRoot);
    const insideRoot = async (absolutePath) => {
        const real = await (0,promises_namespaceObject.realpath)(absolutePath);
        const fromRoot = (0,external_node_path_namespaceObject.relative)(await realRoot, real);
        return (fromRoot === '' || (!fromRoot.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(fromRoot)));
    };
    const walk = async (folder, found) => {
        const entries = await (0,promises_namespaceObject.readdir)(folder, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const absolutePath = (0,external_node_path_namespaceObject.join)(folder, entry.name);
            const path = toRepoPath((0,external_node_path_namespaceObject.relative)(absoluteRoot, absolutePath));
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    await walk(absolutePath, found);
            }
            else if (entry.isSymbolicLink()) {
                found.push({
                    path,
                    explicit: false,
                    refusal: 'it is a symbolic link, which the scan does not follow'
                });
            }
            else if (entry.isFile()) {
                found.push({ path, explicit: false });
            }
        }
    };
    return {
        async list(paths) {
            const found = [];
            for (const given of paths) {
                const absolutePath = (0,external_node_path_namespaceObject.resolve)(absoluteRoot, given);
                const info = await (0,promises_namespaceObject.stat)(absolutePath).catch(() => undefined);
                if (info === undefined)
                    throw new PathNotFoundError(`path not found: ${given}`);
                const path = toRepoPath((0,external_node_path_namespaceObject.relative)(absoluteRoot, absolutePath)) || '.';
                if (!(await insideRoot(absolutePath))) {
                    found.push({
                        path,
                        explicit: true,
                        refusal: 'it resolves to a location outside the repository'
                    });
                }
                else if (info.isDirectory()) {
                    await walk(absolutePath, found);
                }
                else {
                    found.push({ path, explicit: true });
                }
            }
            return found;
        },
        // One open handle serves the size check and the read: no separate stat per file.
        async read(path, maxBytes) {
            const handle = await (0,promises_namespaceObject.open)((0,external_node_path_namespaceObject.resolve)(absoluteRoot, path), 'r');
            try {
                const { size } = await handle.stat();
                if (size > maxBytes)
                    throw new FileTooLargeError(size);
                return await handle.readFile();
            }
            finally {
                await handle.close();
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/findings.ts
/** Severities in increasing order of weight; they map one-to-one onto workflow annotations. */
const SEVERITIES = ['notice', 'warning', 'error'];
const FAIL_ON_VALUES = [...SEVERITIES, 'none'];
/** Numeric weight of a severity: notice < warning < error. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** True when a finding of this severity makes a run with this threshold fail. */
function reachesThreshold(severity, failOn) {
    return failOn !== 'none' && severityRank(severity) >= severityRank(failOn);
}
/** Orders findings by file, then line and column, then rule id, so every output is stable. */
function compareFindings(a, b) {
    return (compareLocations(a.location, b.location) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
/** Orders locations by file, line, column. */
function compareLocations(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}
/** Counts findings per severity. */
function countBySeverity(findings) {
    const counts = { notice: 0, warning: 0, error: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/manifests/reader.ts
/**
 * Maps character offsets in a text to 1-based line and column numbers, with one scan of the
 * text up front and a binary search per lookup.
 */
class LineIndex {
    file;
    lineStarts = [0];
    /** Editors do not show a byte order mark, so columns on line 1 must not count it. */
    byteOrderMarkWidth;
    constructor(file, text) {
        this.file = file;
        this.byteOrderMarkWidth = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
    }
    /** The location of the character at `offset`. */
    locate(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return {
            file: this.file,
            line: low + 1,
            column: offset -
                (this.lineStarts[low] ?? 0) +
                1 -
                (low === 0 ? this.byteOrderMarkWidth : 0)
        };
    }
}
/**
 * Turns a leading byte order mark (which Windows editors like to add) into a space, so
 * parsers accept the text and every offset still matches the file.
 */
function blankByteOrderMark(text) {
    return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

;// CONCATENATED MODULE: ./src/manifests/entra-app-manifest.ts


/** `resourceAccess[].type` values and the permission type each stands for. */
const ACCESS_TYPES = {
    Scope: 'delegated',
    Role: 'application'
};
/** Finds the value node of a property of a JSON object node. */
function propertyValue(node, name) {
    if (node?.type !== 'object')
        return undefined;
    const property = node.children?.find((child) => child.children?.[0]?.value === name);
    return property?.children?.[1];
}
function stringValue(node) {
    return node?.type === 'string' ? node.value : undefined;
}
/**
 * Reads `requiredResourceAccess` from an Entra ID application manifest: the Microsoft Graph
 * app manifest and the older Azure AD Graph manifest keep it in the same shape. Also takes a
 * list of applications (a JSON array, or a Graph `{"value": [...]}` response). Comments and
 * trailing commas are tolerated, as the Entra admin center's editor tolerates them.
 */
const entraAppManifestReader = {
    format: 'Entra ID application manifest',
    considers(path) {
        return /\.jsonc?$/i.test(path);
    },
    // Any JSON that carries requiredResourceAccess is an app manifest, whatever its name.
    accepts(path, text) {
        return this.considers(path) && text.includes('"requiredResourceAccess"');
    },
    read(path, rawText) {
        const text = blankByteOrderMark(rawText);
        const lines = new LineIndex(path, rawText);
        const errors = [];
        const root = (0,main.parseTree)(text, errors, {
            allowTrailingComma: true,
            disallowComments: false
        });
        const firstError = errors[0];
        if (firstError !== undefined || root === undefined) {
            const offset = firstError?.offset ?? 0;
            const reason = firstError
                ? (0,main.printParseErrorCode)(firstError.error)
                : 'empty file';
            return {
                declarations: [],
                problems: [
                    {
                        message: `JSON syntax error: ${reason}`,
                        location: lines.locate(offset)
                    }
                ]
            };
        }
        const declarations = [];
        const problems = [];
        const problem = (node, message) => {
            problems.push({ message, location: lines.locate(node.offset) });
        };
        const readApplication = (application) => {
            const app = {
                name: stringValue(propertyValue(application, 'displayName') ??
                    propertyValue(application, 'name')),
                appId: stringValue(propertyValue(application, 'appId'))
            };
            const required = propertyValue(application, 'requiredResourceAccess');
            if (required === undefined || required.type === 'null')
                return;
            if (required.type !== 'array') {
                problem(required, '"requiredResourceAccess" must be an array');
                return;
            }
            for (const resource of required.children ?? []) {
                const resourceAppIdNode = propertyValue(resource, 'resourceAppId');
                const resourceAppId = stringValue(resourceAppIdNode);
                if (resourceAppId === undefined) {
                    problem(resourceAppIdNode ?? resource, 'each "requiredResourceAccess" entry needs a "resourceAppId" string');
                    continue;
                }
                const accessList = propertyValue(resource, 'resourceAccess');
                if (accessList?.type !== 'array') {
                    problem(accessList ?? resource, '"resourceAccess" must be an array');
                    continue;
                }
                for (const access of accessList.children ?? []) {
                    const idNode = propertyValue(access, 'id');
                    const typeNode = propertyValue(access, 'type');
                    const id = stringValue(idNode);
                    const type = ACCESS_TYPES[stringValue(typeNode) ?? ''];
                    if (idNode === undefined || id === undefined) {
                        problem(idNode ?? access, 'each "resourceAccess" entry needs an "id" string');
                    }
                    else if (type === undefined) {
                        problem(typeNode ?? access, '"type" must be "Scope" (delegated) or "Role" (application)');
                    }
                    else {
                        declarations.push({
                            app,
                            resourceAppId,
                            reference: id,
                            referenceKind: 'id',
                            type,
                            location: lines.locate(idNode.offset + 1)
                        });
                    }
                }
            }
        };
        const applications = root.type === 'array'
            ? root.children
            : (propertyValue(root, 'value')?.children ?? [root]);
        for (const application of applications ?? [])
            readApplication(application);
        return { declarations, problems };
    }
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/manifests/yaml-manifest.ts



/** The file names this reader picks up when walking a repository. */
const MANIFEST_NAME = /(^|[./])graph-permissions\.ya?ml$/i;
const yaml_manifest_PERMISSION_TYPES = ['delegated', 'application'];
const APP_KEYS = ['name', 'appId', 'delegated', 'application', 'resources'];
const RESOURCE_KEYS = ['resourceAppId', 'name', 'delegated', 'application'];
/**
 * Reads the project's own declared-permissions manifest (`.github/graph-permissions.yml`,
 * described by schema/graph-permissions.schema.json):
 *
 *     version: 1
 *     apps:
 *       - name: HR sync
 *         appId: 00000000-0000-0000-0000-000000000000
 *         delegated: [User.Read]           # Microsoft Graph
 *         application: [User.Read.All]
 *         resources:                       # other APIs
 *           - resourceAppId: 00000002-0000-0ff1-ce00-000000000000
 *             application: [full_access_as_app]
 *
 * Permissions are names or GUIDs. Anything the schema does not allow becomes a problem at
 * its own line; a typo in a key must not silently drop the permissions under it.
 */
const yamlManifestReader = {
    format: 'graph-permissions manifest',
    considers(path) {
        return MANIFEST_NAME.test(path);
    },
    // A YAML file named on the command line is read as a manifest whatever its name.
    accepts(path) {
        return /\.ya?ml$/i.test(path);
    },
    read(path, rawText) {
        const text = blankByteOrderMark(rawText);
        const lines = new LineIndex(path, rawText);
        const declarations = [];
        const problems = [];
        const problem = (node, message) => {
            problems.push({ message, location: lines.locate(node?.range?.[0] ?? 0) });
        };
        const document = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
        const syntaxError = document.errors[0];
        if (syntaxError !== undefined) {
            problems.push({
                message: `YAML syntax error: ${syntaxError.message.split('\n')[0]}`,
                location: lines.locate(syntaxError.pos[0])
            });
            return { declarations, problems };
        }
        /** The scalar string under a key, reporting a non-string value. */
        const stringAt = (map, key) => {
            const node = map.get(key, true);
            if (node === undefined)
                return undefined;
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
                return node.value;
            problem(node, `"${key}" must be a string`);
            return undefined;
        };
        /** Reports keys a map may not have, naming the ones it may. */
        const checkKeys = (map, allowed, where) => {
            for (const pair of map.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
                if (key === undefined || !allowed.includes(key))
                    problem(pair.key, `unknown key ${JSON.stringify(key ?? '?')} in ${where}; expected one of: ${allowed.join(', ')}`);
            }
        };
        const readPermissions = (owner, app, resourceAppId) => {
            for (const type of yaml_manifest_PERMISSION_TYPES) {
                const list = owner.get(type, true);
                if (list === undefined || ((0,dist/* isScalar */.jn)(list) && list.value === null))
                    continue;
                if (!(0,dist/* isSeq */.oP)(list)) {
                    problem(list, `"${type}" must be a list of permission names or GUIDs`);
                    continue;
                }
                for (const item of list.items) {
                    if (!(0,dist/* isScalar */.jn)(item) ||
                        typeof item.value !== 'string' ||
                        item.value === '') {
                        problem(item, `each "${type}" entry must be a permission name or GUID`);
                        continue;
                    }
                    declarations.push({
                        app,
                        resourceAppId,
                        reference: item.value,
                        // A damaged GUID is still meant as an id: invalid-guid, not unknown-permission.
                        referenceKind: isGuid(item.value) || looksLikeBrokenGuid(item.value)
                            ? 'id'
                            : 'name',
                        type,
                        location: lines.locate(item.range?.[0] ?? 0)
                    });
                }
            }
        };
        const readApp = (node, index) => {
            if (!(0,dist/* isMap */.jh)(node)) {
                problem(node, `apps[${index}] must be a mapping with the app's permissions`);
                return;
            }
            checkKeys(node, APP_KEYS, `apps[${index}]`);
            const appId = stringAt(node, 'appId');
            if (appId !== undefined && !isGuid(appId))
                problem(node.get('appId', true), `"appId" must be a GUID`);
            const app = {
                name: stringAt(node, 'name') ?? `apps[${index}]`,
                appId
            };
            readPermissions(node, app, MICROSOFT_GRAPH_APP_ID);
            const resources = node.get('resources', true);
            if (resources === undefined)
                return;
            if (!(0,dist/* isSeq */.oP)(resources)) {
                problem(resources, '"resources" must be a list');
                return;
            }
            resources.items.forEach((resource, resourceIndex) => {
                const where = `apps[${index}].resources[${resourceIndex}]`;
                if (!(0,dist/* isMap */.jh)(resource)) {
                    problem(resource, `${where} must be a mapping`);
                    return;
                }
                checkKeys(resource, RESOURCE_KEYS, where);
                const resourceAppId = stringAt(resource, 'resourceAppId');
                if (resourceAppId === undefined) {
                    problem(resource, `${where} needs a "resourceAppId"`);
                    return;
                }
                readPermissions(resource, app, resourceAppId);
            });
        };
        const root = document.contents;
        if (!(0,dist/* isMap */.jh)(root)) {
            problem(root, 'the manifest must be a mapping with "version: 1" and an "apps" list');
            return { declarations, problems };
        }
        checkKeys(root, ['version', 'apps'], 'the manifest');
        const version = root.get('version', true);
        if (version !== undefined && !((0,dist/* isScalar */.jn)(version) && version.value === 1))
            problem(version, 'only "version: 1" is supported');
        const apps = root.get('apps', true);
        if (!(0,dist/* isSeq */.oP)(apps)) {
            problem(apps ?? root, '"apps" must be a list of apps');
            return { declarations, problems };
        }
        apps.items.forEach(readApp);
        return { declarations, problems };
    }
};

;// CONCATENATED MODULE: ./src/manifests/index.ts


/** Every reader, tried in order; the first that accepts a file reads it. */
const READERS = [
    yamlManifestReader,
    entraAppManifestReader
];
/** True when some reader may want a file of this name, found while walking a folder. */
function isCandidate(path) {
    return READERS.some((reader) => reader.considers(path));
}
/** The reader for a file, judged by its name and contents. */
function readerFor(path, text) {
    return READERS.find((reader) => reader.accepts(path, text));
}

;// CONCATENATED MODULE: ./src/policy/rule.ts
/** Where each rule's documentation page lives: docs/rules/<id>.md in the repository. */
const RULE_DOCS_URL = 'https://github.com/graph-consent-audit/graph-consent-audit/blob/main/docs/rules';
/** The documentation URL of a rule. */
function ruleHelpUri(ruleId) {
    return `${RULE_DOCS_URL}/${ruleId}.md`;
}
/** Builds a check that looks at each declaration on its own. */
function eachDeclaration(check) {
    return ({ declarations }) => declarations.flatMap((declaration) => {
        const message = check(declaration);
        return message === undefined
            ? []
            : [{ message, location: declaration.location }];
    });
}

;// CONCATENATED MODULE: ./src/policy/rules/admin-consent-required.ts



/** A permission only an administrator can consent to, tenant-wide. */
const adminConsentRequired = {
    id: 'admin-consent-required',
    severity: 'notice',
    summary: 'The permission needs tenant-wide admin consent before the app can use it.',
    check: eachDeclaration((declaration) => {
        const permission = resolvedPermission(declaration);
        if (permission === undefined || !permission.adminConsentRequired)
            return undefined;
        return `The ${permission.type} permission ${quote(permission.name)} needs an administrator to grant consent for the whole tenant.`;
    })
};

;// CONCATENATED MODULE: ./src/policy/rules/disabled-permission.ts



/** A permission that exists but is disabled on the resource: it can no longer be granted. */
const disabledPermission = {
    id: 'disabled-permission',
    severity: 'warning',
    summary: 'The permission is disabled on its resource and cannot be granted.',
    check: eachDeclaration((declaration) => {
        const permission = resolvedPermission(declaration);
        if (permission === undefined || permission.enabled)
            return undefined;
        return `The ${permission.type} permission ${quote(permission.name)} is disabled on its resource; consent to it cannot be granted. Remove it or replace it with a current permission.`;
    })
};

;// CONCATENATED MODULE: ./src/policy/rules/duplicate-declaration.ts

/** Two entries in one file that ask the same app for the same permission. */
const duplicateDeclaration = {
    id: 'duplicate-declaration',
    severity: 'warning',
    summary: 'The same permission is declared twice for the same app in one file.',
    check: ({ declarations }) => {
        const firstSeen = new Map();
        const hits = [];
        for (const declaration of declarations) {
            const key = identity(declaration);
            const first = firstSeen.get(key);
            if (first === undefined) {
                firstSeen.set(key, declaration);
                continue;
            }
            hits.push({
                message: `The ${declaration.type} permission ${quote(declaration.reference)} is already declared for this app on line ${first.location.line}.`,
                location: declaration.location
            });
        }
        return hits;
    }
};
/** Same file, app, resource, type and permission; a GUID and the name it stands for match. */
function identity(declaration) {
    const { location, app, resourceAppId, type, resolution, reference } = declaration;
    const permission = resolution.status === 'resolved' ? resolution.permission.id : reference;
    return [
        location.file,
        app.appId ?? '',
        app.name ?? '',
        resourceAppId.toLowerCase(),
        type,
        permission.toLowerCase()
    ].join('|');
}

;// CONCATENATED MODULE: ./src/policy/rules/invalid-guid.ts


/** A permission id or resourceAppId that is not a well-formed GUID. */
const invalidGuid = {
    id: 'invalid-guid',
    severity: 'error',
    summary: 'A permission id or resource appId is not a valid GUID.',
    check: eachDeclaration(({ resolution, reference, resourceAppId }) => {
        if (resolution.status !== 'invalid-guid')
            return undefined;
        return resolution.field === 'resource'
            ? `The resource appId ${quote(resourceAppId)} is not a valid GUID (expected 8-4-4-4-12 hexadecimal digits).`
            : `The permission id ${quote(reference)} is not a valid GUID (expected 8-4-4-4-12 hexadecimal digits).`;
    })
};

;// CONCATENATED MODULE: ./src/policy/rules/malformed-manifest.ts
/**
 * A file in a known format that cannot be parsed, or whose structure is wrong. The readers
 * report these at the place parsing failed; the scan goes on with the other files.
 */
const malformedManifest = {
    id: 'malformed-manifest',
    severity: 'error',
    summary: 'A permissions file cannot be parsed or does not have the expected structure.'
};

;// CONCATENATED MODULE: ./src/policy/rules/permission-type-mismatch.ts


/**
 * A permission declared as the wrong type: an app-role GUID given as "Scope", or a
 * delegated-only name listed as application. Entra ID rejects or ignores such entries.
 */
const permissionTypeMismatch = {
    id: 'permission-type-mismatch',
    severity: 'error',
    summary: 'The permission exists, but only as the other type (delegated vs application).',
    check: ({ declarations, catalog }) => declarations.flatMap((declaration) => {
        const { resolution, type, resourceAppId, referenceKind } = declaration;
        if (resolution.status !== 'wrong-type')
            return [];
        const actual = resolution.permission;
        let message = referenceKind === 'id'
            ? `${quote(actual.id)} is the ${describeType(actual.type)} permission ${quote(actual.name)}, but it is declared as ${describeType(type)}.`
            : `${quote(actual.name)} exists only as ${describeTypeWithArticle(actual.type)} permission, but it is declared as ${describeType(type)}.`;
        const sameNameOfDeclaredType = referenceKind === 'id'
            ? catalog.findByName(resourceAppId, type, actual.name)
            : undefined;
        message += sameNameOfDeclaredType
            ? ` Use type ${quote(MANIFEST_TYPE[actual.type])}, or the ${type} permission's id ${quote(sameNameOfDeclaredType.id)}.`
            : ` Declare it as ${otherType(type)} (${quote(MANIFEST_TYPE[actual.type])}).`;
        return [{ message, location: declaration.location }];
    })
};

;// CONCATENATED MODULE: ./src/policy/rules/skipped-file.ts
/**
 * A file that was not read: too large, binary, unreadable, a symbolic link, or named on the
 * command line but in no known format. Saying so keeps a skip from passing for a clean result.
 */
const skippedFile = {
    id: 'skipped-file',
    severity: 'notice',
    summary: 'A file was not scanned; the finding says why.'
};

;// CONCATENATED MODULE: ./src/policy/rules/unknown-permission.ts

/** A name or GUID that the catalog does not know for its resource and type. */
const unknownPermission = {
    id: 'unknown-permission',
    severity: 'error',
    summary: 'The permission does not exist for its resource and type.',
    check: ({ declarations, catalog }) => declarations.flatMap((declaration) => {
        const { resolution, type, reference, referenceKind, resourceAppId } = declaration;
        if (resolution.status !== 'unknown')
            return [];
        const resource = describeResource(catalog, resourceAppId);
        const what = referenceKind === 'id'
            ? `No ${describeType(type)} permission of ${resource} has the id ${quote(reference)}.`
            : `${quote(reference)} is not ${describeTypeWithArticle(type)} permission of ${resource}.`;
        const hint = resolution.suggestions.length > 0
            ? ` Did you mean ${resolution.suggestions.map(quote).join(', ')}?`
            : '';
        return [{ message: what + hint, location: declaration.location }];
    })
};

;// CONCATENATED MODULE: ./src/policy/rules/unverifiable-resource.ts

/**
 * Permissions of an API the bundled catalog does not cover. They are reported once per file,
 * app and resource, so a large block of them does not drown the other findings.
 */
const unverifiableResource = {
    id: 'unverifiable-resource',
    severity: 'notice',
    summary: 'The resource is not in the bundled catalog, so its permissions cannot be verified offline.',
    check: ({ declarations }) => {
        const groups = new Map();
        for (const declaration of declarations) {
            if (declaration.resolution.status !== 'unverifiable')
                continue;
            const { location, app, resourceAppId } = declaration;
            const key = [
                location.file,
                app.appId,
                app.name,
                resourceAppId.toLowerCase()
            ].join('|');
            const group = groups.get(key);
            if (group)
                group.count += 1;
            else
                groups.set(key, {
                    hit: { message: '', location },
                    count: 1,
                    resource: resourceAppId
                });
        }
        return [...groups.values()].map(({ hit, count, resource }) => ({
            ...hit,
            message: `Cannot verify offline: the resource ${quote(resource)} is not in the bundled catalog, so ${count === 1 ? 'its permission' : `its ${count} permissions`} here ${count === 1 ? 'is' : 'are'} not checked.`
        }));
    }
};

;// CONCATENATED MODULE: ./src/policy/rules/index.ts









/** Every rule, in the order the documentation lists them. */
const RULES = [
    malformedManifest,
    invalidGuid,
    unknownPermission,
    permissionTypeMismatch,
    disabledPermission,
    duplicateDeclaration,
    adminConsentRequired,
    unverifiableResource,
    skippedFile
];


;// CONCATENATED MODULE: ./src/policy/evaluate.ts

/** Turns a rule's hits into findings carrying the rule's id and severity. */
function toFindings(rule, hits) {
    return hits.map(({ message, location }) => ({
        ruleId: rule.id,
        severity: rule.severity,
        message,
        location
    }));
}
/**
 * Runs every rule over the resolved declarations.
 * @returns Findings in rule order; the caller sorts them once with everything else.
 */
function evaluatePolicy(declarations, catalog) {
    const context = { declarations, catalog };
    return RULES.flatMap((rule) => rule.check ? toFindings(rule, rule.check(context)) : []);
}

;// CONCATENATED MODULE: ./src/engine.ts






/** Files larger than this are reported and not read: no real manifest comes near it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** How many files are read at once. */
const READ_CONCURRENCY = 32;
/** How far into a file to look for NUL bytes when telling binary from text. */
const BINARY_SNIFF_BYTES = 8192;
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Scans files for permission declarations, resolves them against the catalog and evaluates
 * every rule. Bad files become findings; only a missing path (PathNotFoundError) throws.
 * @param paths Repo-relative files or folders to scan.
 * @param files How to list and read the repository's files.
 * @param catalog The permission catalog.
 */
async function scan(paths, files, catalog) {
    const listed = (await files.list(paths)).filter((file) => file.explicit || isCandidate(file.path));
    const outcomes = await mapConcurrently(listed, READ_CONCURRENCY, async (file) => readOne(file, files));
    const declarations = outcomes
        .flatMap((outcome) => outcome.declarations)
        .map((declaration) => ({
        ...declaration,
        resolution: resolveDeclaration(declaration, catalog)
    }));
    const findings = [
        ...outcomes.flatMap((outcome) => outcome.findings),
        ...evaluatePolicy(declarations, catalog)
    ].sort(compareFindings);
    return {
        declarations,
        findings,
        filesScanned: outcomes.filter((outcome) => outcome.scanned).length
    };
}
/** Reads and parses one file, turning anything wrong with it into a finding. */
async function readOne(file, files) {
    const skip = (reason) => ({
        declarations: [],
        findings: toFindings(skippedFile, [
            {
                message: `${file.path} was not scanned: ${reason}.`,
                location: { file: file.path, line: 1, column: 1 }
            }
        ]),
        scanned: false
    });
    if (file.refusal !== undefined)
        return skip(file.refusal);
    let bytes;
    try {
        bytes = await files.read(file.path, MAX_FILE_BYTES);
    }
    catch (error) {
        if (error instanceof FileTooLargeError)
            return skip(`it is ${error.size} bytes, over the ${MAX_FILE_BYTES}-byte limit`);
        return skip(`it could not be read (${error.code ?? 'error'})`);
    }
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
        return skip('it is a binary file');
    let text;
    try {
        text = decoder.decode(bytes);
    }
    catch {
        return skip('it is not valid UTF-8 text');
    }
    const reader = readerFor(file.path, text);
    if (reader === undefined) {
        // Only a file the user named is worth a word; a folder holds many unrelated files.
        return file.explicit
            ? skip('it is in none of the formats this tool reads')
            : { declarations: [], findings: [], scanned: false };
    }
    const { declarations, problems } = reader.read(file.path, text);
    return {
        declarations,
        findings: toFindings(malformedManifest, problems.map(({ message, location }) => ({
            message: `${reader.format}: ${message}`,
            location
        }))),
        scanned: true
    };
}
/** Maps over items with at most `limit` promises pending, keeping the order of the input. */
async function mapConcurrently(items, limit, map) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await map(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/report/declaration-view.ts
/** Flattens a resolved declaration. Facts the catalog could not confirm are null. */
function viewDeclaration(declaration) {
    const { location, app, resourceAppId, reference, referenceKind, type, resolution } = declaration;
    const known = resolution.status === 'resolved' || resolution.status === 'wrong-type'
        ? resolution.permission
        : undefined;
    const resolved = resolution.status === 'resolved' ? resolution.permission : undefined;
    return {
        file: location.file,
        line: location.line,
        column: location.column,
        app: { name: app.name ?? null, appId: app.appId ?? null },
        resourceAppId,
        permission: {
            name: known?.name ?? (referenceKind === 'name' ? reference : null),
            id: known?.id ?? (referenceKind === 'id' ? reference : null),
            type
        },
        adminConsentRequired: resolved?.adminConsentRequired ?? null,
        enabled: resolved?.enabled ?? null,
        status: resolution.status
    };
}
/** The app's best label: its name, else its appId, else a dash. */
function appLabel(view) {
    return view.app.name ?? view.app.appId ?? '-';
}

;// CONCATENATED MODULE: ./src/report/json.ts


/** Version of the JSON report's shape; fields may be added, never changed or removed. */
const JSON_REPORT_VERSION = 1;
/**
 * Renders a scan as the stable JSON contract: `version`, `declarations` and `findings`, plus
 * tool, catalog and count metadata.
 */
function renderJson(result, metadata) {
    const report = {
        version: JSON_REPORT_VERSION,
        tool: { name: 'graph-consent-audit', version: metadata.toolVersion },
        catalog: { asOf: metadata.catalogAsOf },
        summary: {
            filesScanned: result.filesScanned,
            declarations: result.declarations.length,
            findings: countBySeverity(result.findings)
        },
        declarations: result.declarations.map(viewDeclaration),
        findings: result.findings.map(({ ruleId, severity, message, location }) => ({
            ruleId,
            severity,
            message,
            file: location.file,
            line: location.line,
            column: location.column
        }))
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/text.ts


/** ANSI colours per severity, used only when writing to a terminal. */
const SEVERITY_COLOURS = {
    error: '\u001b[31m',
    warning: '\u001b[33m',
    notice: '\u001b[36m'
};
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
/**
 * Removes control characters (terminal escape sequences among them) from repository text,
 * so a crafted file name or message cannot repaint the user's terminal.
 */
function stripControlCharacters(text) {
    return text.replace(CONTROL_CHARACTERS, '');
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/**
 * Renders findings for a terminal, grouped by file, each line `line:column severity rule
 * message`, and a closing count line.
 * @param colour Whether to use ANSI colours (only on a TTY).
 */
function renderText(result, colour) {
    const paint = (code, text) => colour ? `${code}${text}${RESET}` : text;
    const byFile = new Map();
    for (const finding of result.findings) {
        const list = byFile.get(finding.location.file) ?? [];
        list.push(finding);
        byFile.set(finding.location.file, list);
    }
    const lines = [];
    for (const [file, findings] of byFile) {
        lines.push(paint(BOLD, stripControlCharacters(file)));
        for (const { location, severity, ruleId, message } of findings) {
            lines.push(`  ${paint(DIM, `${location.line}:${location.column}`.padEnd(8))}` +
                `${paint(SEVERITY_COLOURS[severity], severity.padEnd(8))}` +
                `${stripControlCharacters(message)} ${paint(DIM, ruleId)}`);
        }
        lines.push('');
    }
    const counts = countBySeverity(result.findings);
    lines.push(`${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
        `${plural(counts.notice, 'notice')} in ${plural(result.filesScanned, 'file')} ` +
        `(${plural(result.declarations.length, 'declaration')})`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/scan-command.ts









/** `scan [paths...]`: audit the declarations under the paths; exit 1 at the threshold. */
async function scanCommand(args, env) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        options: { ...FORMAT_OPTION, 'fail-on': { type: 'string' } }
    });
    const format = choice(values.format, ['text', 'json'], 'format', 'text');
    const failOn = choice(values['fail-on'], FAIL_ON_VALUES, 'fail-on', 'error');
    const catalog = loadBundledCatalog();
    const paths = positionals.length > 0 ? positionals : ['.'];
    const result = await scan(paths, localFiles(env.cwd), catalog).catch((error) => {
        throw error instanceof PathNotFoundError
            ? new UsageError(error.message)
            : error;
    });
    const catalogAsOf = catalog.resources()[0]?.source.asOf ?? 'unknown';
    env.stdout(format === 'json'
        ? renderJson(result, { toolVersion: TOOL_VERSION, catalogAsOf })
        : renderText(result, env.colour));
    const failing = result.findings.some((finding) => reachesThreshold(finding.severity, failOn));
    return failing ? EXIT_FINDINGS : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts






/** The subcommands, by name. */
const COMMANDS = new Map([
    ['scan', scanCommand],
    ['explain', explainCommand],
    ['catalog', catalogCommand]
]);
const USAGE = `Usage: graph-consent-audit <command> [options]

Commands:
  scan [paths...]                 Audit permission declarations (default path: .)
      --format text|json          Output format (default: text)
      --fail-on error|warning|notice|none
                                  Lowest severity that makes the exit code 1 (default: error)
  explain <name-or-guid>          Show a Microsoft Graph permission's facts per type
      --format text|json
  catalog export                  Print every catalog entry
      --format json|csv           (default: json)

Options:
  -h, --help                      Show this help
  -v, --version                   Show the version
`;
/**
 * Runs the command line. Never throws for a user mistake: it prints one line and returns 2.
 * @param argv The arguments after the program name.
 * @returns The process exit code.
 */
async function runCli(argv, env) {
    const [command, ...args] = argv;
    try {
        const run = command === undefined ? undefined : COMMANDS.get(command);
        if (run !== undefined)
            return await run(args, env);
        switch (command) {
            case '-h':
            case '--help':
            case 'help':
                env.stdout(USAGE);
                return EXIT_OK;
            case '-v':
            case '--version':
                env.stdout(`${TOOL_VERSION}\n`);
                return EXIT_OK;
            case undefined:
                env.stderr(USAGE);
                return EXIT_USAGE;
            default:
                throw new UsageError(`unknown command "${command}" (try --help)`);
        }
    }
    catch (error) {
        const isArgumentError = error instanceof UsageError ||
            error.code?.startsWith('ERR_PARSE_ARGS') ===
                true;
        if (!isArgumentError)
            throw error;
        env.stderr(`graph-consent-audit: ${error.message}\n`);
        return EXIT_USAGE;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map