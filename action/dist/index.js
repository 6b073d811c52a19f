import { createRequire as __policydiffRequire } from 'node:module'; const require = __policydiffRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e2) {
    throw err = [e2], e2;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e2) {
    throw mod = 0, e2;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values2) {
        this.argChoices = values2.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a2, b) => {
            return a2.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a2, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a2).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading2, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading2), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names2) {
        this.conflictsWith = this.conflictsWith.concat(names2);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values2) {
        this.argChoices = values2.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading2) {
        this.helpGroupHeading = heading2;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a2, b) {
      if (Math.abs(a2.length - b.length) > maxDistance)
        return Math.max(a2.length, b.length);
      const d = [];
      for (let i2 = 0; i2 <= a2.length; i2++) {
        d[i2] = [i2];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i2 = 1; i2 <= a2.length; i2++) {
          let cost = 1;
          if (a2[i2 - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i2][j] = Math.min(
            d[i2 - 1][j] + 1,
            // deletion
            d[i2][j - 1] + 1,
            // insertion
            d[i2 - 1][j - 1] + cost
            // substitution
          );
          if (i2 > 1 && j > 1 && a2[i2 - 1] === b[j - 2] && a2[i2 - 2] === b[j - 1]) {
            d[i2][j] = Math.min(d[i2][j], d[i2 - 2][j - 2] + 1);
          }
        }
      }
      return d[a2.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a2, b) => a2.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor2() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor2() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names2) {
        names2.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value) {
        return this.setOptionValueWithSource(key2, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value;
        } else {
          this._optionValues[key2] = value;
        }
        this._optionValueSources[key2] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source = cmd.getOptionValueSource(key2);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName2, operands, unknown) {
        const subCommand = this._findCommand(commandName2);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i2) => {
          if (arg.required && this.args[i2] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v2) => {
                  return myParseArg(declaredArg, v2, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short3) => /^-\d$/.test(short3))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i2 = 0;
        while (i2 < args.length || activeGroup) {
          const arg = activeGroup ?? args[i2++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i2));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i2++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i2 < args.length && (!maybeOption(args[i2]) || negativeNumberArg(args[i2]))) {
                  value = args[i2++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i2));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i2));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i2));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i2));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i2 = 0; i2 < len; i2++) {
            const key2 = this.options[i2].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s8 = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s8} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading2) {
        if (heading2 === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading2) {
        if (heading2 === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading2) {
        if (heading2 === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading2;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor2() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor2;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// src/errors.ts
function quote(value, max = 80) {
  const oneLine = value.replace(/[\r\n\t]+/g, " ");
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
  return JSON.stringify(cut).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var ExitCode, PolicydiffError, usageError, inputError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      /** `--fail-on` threshold reached. */
      threshold: 1,
      usage: 2,
      input: 3,
      notARepository: 4,
      unknownRevision: 5,
      untrackedFile: 6,
      shallowHistory: 7,
      config: 8,
      write: 9,
      /** GitHub's API failed or refused (other than a fork's read-only token, which falls back to the job summary). */
      github: 10,
      /** A clone run before its build (`dist/` missing). bin/policydiff.js exits with it without loading any of this. */
      notBuilt: 11,
      internal: 70
    };
    PolicydiffError = class extends Error {
      constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
        this.name = "PolicydiffError";
        this.exitCode = ExitCode[kind];
      }
      kind;
      exitCode;
    };
    usageError = (message) => new PolicydiffError("usage", message);
    inputError = (message, cause) => new PolicydiffError("input", message, { cause });
  }
});

// src/cli/warnings.ts
function warn(message) {
  if (!pending.includes(message)) pending.push(message);
}
function flushWarnings() {
  for (const message of pending.splice(0)) process.stderr.write(`policydiff: ${message}
`);
}
var pending;
var init_warnings = __esm({
  "src/cli/warnings.ts"() {
    "use strict";
    pending = [];
  }
});

// node_modules/diff/libesm/diff/base.js
var Diff;
var init_base = __esm({
  "node_modules/diff/libesm/diff/base.js"() {
    Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i2 = 0; i2 < array.length; i2++) {
          if (array[i2]) {
            ret.push(array[i2]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i2) {
                const oldValue = oldTokens[oldPos + i2];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
  }
});

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i2;
  for (i2 = 0; i2 < str1.length && i2 < str2.length; i2++) {
    if (str1[i2] != str2[i2]) {
      return str1.slice(0, i2);
    }
  }
  return str1.slice(0, i2);
}
function longestCommonSuffix(str1, str2) {
  let i2;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
    return "";
  }
  for (i2 = 0; i2 < str1.length && i2 < str2.length; i2++) {
    if (str1[str1.length - (i2 + 1)] != str2[str2.length - (i2 + 1)]) {
      return str1.slice(-i2);
    }
  }
  return str1.slice(-i2);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a2, b) {
  let startA = 0;
  if (a2.length > b.length) {
    startA = a2.length - b.length;
  }
  let endB = b.length;
  if (a2.length < b.length) {
    endB = a2.length;
  }
  const map = Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (let i2 = startA; i2 < a2.length; i2++) {
    while (k > 0 && a2[i2] != b[k]) {
      k = map[k];
    }
    if (a2[i2] == b[k]) {
      k++;
    }
  }
  return k;
}
function segment(string, segmenter) {
  const parts = [];
  for (const segmentObj of Array.from(segmenter.segment(string))) {
    const segment2 = segmentObj.segment;
    if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
      parts[parts.length - 1] += segment2;
    } else {
      parts.push(segment2);
    }
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[1];
  }
  let i2;
  for (i2 = string.length - 1; i2 >= 0; i2--) {
    if (!string[i2].match(/\s/)) {
      break;
    }
  }
  return string.substring(i2 + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[0];
  }
  const match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter) {
    return [leadingWs(string), trailingWs(string)];
  }
  if (segmenter.resolvedOptions().granularity != "word") {
    throw new Error('The segmenter passed must have a granularity of "word"');
  }
  const segments = segment(string, segmenter);
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  const head = /\s/.test(firstSeg) ? firstSeg : "";
  const tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}
var init_string = __esm({
  "node_modules/diff/libesm/util/string.js"() {
  }
});

// node_modules/diff/libesm/diff/word.js
function diffWords(oldStr, newStr, options) {
  if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
    return diffWordsWithSpace(oldStr, newStr, options);
  }
  return wordDiff.diff(oldStr, newStr, options);
}
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
    const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      const ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      const ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
    const deletionWsSuffix = trailingWs(deletion.value, segmenter);
    const overlap2 = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap2);
  } else if (startKeep) {
    const startKeepWsSuffix = trailingWs(startKeep.value, segmenter);
    const deletionWsPrefix = leadingWs(deletion.value, segmenter);
    const overlap2 = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap2);
  }
}
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}
var extendedWordChars, tokenizeIncludingWhitespace, WordDiff, wordDiff, WordsWithSpaceDiff, wordsWithSpaceDiff;
var init_word = __esm({
  "node_modules/diff/libesm/diff/word.js"() {
    init_base();
    init_string();
    extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
    WordDiff = class extends Diff {
      equals(left, right, options) {
        if (options.ignoreCase) {
          left = left.toLowerCase();
          right = right.toLowerCase();
        }
        return left.trim() === right.trim();
      }
      tokenize(value, options = {}) {
        let parts;
        if (options.intlSegmenter) {
          const segmenter = options.intlSegmenter;
          if (segmenter.resolvedOptions().granularity != "word") {
            throw new Error('The segmenter passed must have a granularity of "word"');
          }
          parts = segment(value, segmenter);
        } else {
          parts = value.match(tokenizeIncludingWhitespace) || [];
        }
        const tokens = [];
        let prevPart = null;
        parts.forEach((part) => {
          if (/\s/.test(part)) {
            if (prevPart == null) {
              tokens.push(part);
            } else {
              tokens.push(tokens.pop() + part);
            }
          } else if (prevPart != null && /\s/.test(prevPart)) {
            if (tokens[tokens.length - 1] == prevPart) {
              tokens.push(tokens.pop() + part);
            } else {
              tokens.push(prevPart + part);
            }
          } else {
            tokens.push(part);
          }
          prevPart = part;
        });
        return tokens;
      }
      join(tokens) {
        return tokens.map((token, i2) => {
          if (i2 == 0) {
            return token;
          } else {
            return token.replace(/^\s+/, "");
          }
        }).join("");
      }
      postProcess(changes, options) {
        if (!changes || options.oneChangePerToken) {
          return changes;
        }
        let lastKeep = null;
        let insertion = null;
        let deletion = null;
        changes.forEach((change) => {
          if (change.added) {
            insertion = change;
          } else if (change.removed) {
            deletion = change;
          } else {
            if (insertion || deletion) {
              dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
            }
            lastKeep = change;
            insertion = null;
            deletion = null;
          }
        });
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
        }
        return changes;
      }
    };
    wordDiff = new WordDiff();
    WordsWithSpaceDiff = class extends Diff {
      tokenize(value) {
        const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
        return value.match(regex) || [];
      }
    };
    wordsWithSpaceDiff = new WordsWithSpaceDiff();
  }
});

// node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i2 = 0; i2 < linesAndNewlines.length; i2++) {
    const line = linesAndNewlines[i2];
    if (i2 % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/diff/libesm/diff/line.js"() {
    init_base();
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    lineDiff = new LineDiff();
  }
});

// node_modules/diff/libesm/diff/array.js
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}
var ArrayDiff, arrayDiff;
var init_array = __esm({
  "node_modules/diff/libesm/diff/array.js"() {
    init_base();
    ArrayDiff = class extends Diff {
      tokenize(value) {
        return value.slice();
      }
      join(value) {
        return value;
      }
      removeEmpty(value) {
        return value;
      }
    };
    arrayDiff = new ArrayDiff();
  }
});

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s8) {
  for (let i2 = 0; i2 < s8.length; i2++) {
    if (s8[i2] < " " || s8[i2] > "~" || s8[i2] === '"' || s8[i2] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s8) {
  if (!needsQuoting(s8)) {
    return s8;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s8);
  let i2 = 0;
  while (i2 < bytes.length) {
    const b = bytes[i2];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i2++;
  }
  result += '"';
  return result;
}
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i2 = 0; i2 < diff.length; i2++) {
      const current = diff[i2], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i2 - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i2 < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i2 = 0; i2 < hunk.lines.length; i2++) {
        if (hunk.lines[i2].endsWith("\n")) {
          hunk.lines[i2] = hunk.lines[i2].slice(0, -1);
        } else {
          hunk.lines.splice(i2 + 1, 0, "\\ No newline at end of file");
          i2++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e2, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e2 = patch.oldFileName) !== null && _e2 !== void 0 ? _e2 : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i2 = 0; i2 < patch.hunks.length; i2++) {
    const hunk = patch.hunks[i2];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
  return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var INCLUDE_HEADERS;
var init_create = __esm({
  "node_modules/diff/libesm/patch/create.js"() {
    init_line();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
  }
});

// node_modules/diff/libesm/index.js
var init_libesm = __esm({
  "node_modules/diff/libesm/index.js"() {
    init_word();
    init_array();
    init_create();
  }
});

// src/document/noise.ts
function patternRules(patterns) {
  return patterns.map((source) => ({ name: source, pattern: new RegExp(source, "gu"), replacement: " " }));
}
function withoutNoise(text, extra = []) {
  return MAYBE_NOISE.test(text) && CONTENTS.test(text) || CONTENTS_LABEL.test(text) ? "" : applyRules(text, extra);
}
function applyRules(text, extra) {
  let result = text;
  if (MAYBE_NOISE.test(result)) for (const rule of BUILT_IN_NOISE) result = result.replace(rule.pattern, rule.replacement);
  for (const rule of extra) result = result.replace(rule.pattern, rule.replacement);
  return result;
}
function noiseMatches(text, extra = []) {
  const matches = [];
  let rest = text;
  if (CONTENTS.test(text.trim()) || CONTENTS_LABEL.test(text)) return [{ rule: "table of contents", text: text.trim() }];
  for (const rule of [...BUILT_IN_NOISE, ...extra]) {
    if (rule.name === "Markdown escape") continue;
    for (const match of rest.matchAll(rule.pattern)) if (match[0] !== (match[1] ?? "")) matches.push({ rule: rule.name, text: match[0] });
    rest = rest.replace(rule.pattern, rule.replacement);
  }
  return matches;
}
function readerHeading(raw) {
  const text = raw.includes("](") ? raw.replace(IMAGE, " ") : raw;
  return applyRules(text, []).replace(/\*\*|__|`/g, "").replace(/\[\s*\]/g, " ").replace(/(?:^|\s)[#¶§]+\s*$/, "").replace(/\s+/g, " ").trim();
}
function noiseSummary(newText, oldText, patterns = []) {
  const extra = patternRules(patterns);
  const count = (text) => {
    const byRule = /* @__PURE__ */ new Map();
    for (const paragraph of text.split(/\n[ \t]*\n/)) {
      for (const match of noiseMatches(paragraph, extra)) byRule.set(match.rule, [...byRule.get(match.rule) ?? [], match.text]);
    }
    return byRule;
  };
  const newMatches = count(newText);
  const oldMatches = oldText === void 0 ? void 0 : count(oldText);
  const rules = [.../* @__PURE__ */ new Set([...oldMatches?.keys() ?? [], ...newMatches.keys()])];
  return rules.map((rule) => {
    const found = newMatches.get(rule) ?? [];
    const before = new Set(oldMatches?.get(rule) ?? []);
    const summary = { rule, new: found.length };
    if (oldMatches !== void 0) summary.old = oldMatches.get(rule)?.length ?? 0;
    const example = found.find((text) => !before.has(text)) ?? found[0];
    if (example !== void 0) summary.example = example.length > 120 ? `${example.slice(0, 119)}\u2026` : example;
    return summary;
  });
}
function noiseLines(summary) {
  if (summary.length === 0) return [];
  return [
    "Treated as noise (left out of what is compared, still quoted as written):",
    ...summary.map((entry) => {
      const counts = entry.old === void 0 ? `${entry.new}` : `${entry.old} \u2192 ${entry.new}`;
      return `  ${entry.rule}: ${counts}${entry.example === void 0 ? "" : `, e.g. ${entry.example}`}`;
    })
  ];
}
var TARGET, LINK_TEXT, WIDGET_TEXT, BUILT_IN_NOISE, CONTENTS, CONTENTS_LABEL, MAYBE_NOISE, IMAGE;
var init_noise = __esm({
  "src/document/noise.ts"() {
    "use strict";
    TARGET = String.raw`\((?:<[^>\n]*>|#[^()\n]*|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)`;
    LINK_TEXT = String.raw`\[((?:[^\[\]\n]|\\\[|\\\]|\[[^\[\]\n]*\])*)\]`;
    WIDGET_TEXT = String.raw`(?:↑\s*)?(?:back\s+to\s+top|top\s+of\s+(?:the\s+)?page|top|retour\s+en\s+haut|nach\s+oben|till\s+toppen)(?:\s*[↑⬆^])?`;
    BUILT_IN_NOISE = [
      { name: "image", pattern: new RegExp(String.raw`!${LINK_TEXT}${TARGET}`, "g"), replacement: "$1" },
      { name: "back-to-top link", pattern: new RegExp(String.raw`\\?\[?\[${WIDGET_TEXT}\]${TARGET}\\?\]?`, "gi"), replacement: "" },
      { name: "link target", pattern: new RegExp(`${LINK_TEXT}${TARGET}`, "g"), replacement: "$1" },
      { name: "link target", pattern: /<((?:https?|mailto):[^>\s]*|[^\s@<>]+@[^\s@<>]+)>/g, replacement: "$1" },
      // Anchors and spans a capture keeps from the page's markup; other tags are text the policy shows.
      { name: "HTML tag", pattern: /<\/?(?:a|span|br)\b[^<>]*>/gi, replacement: " " },
      // The query and fragment of a URL written out: tracking parameters, signatures, anchor ids.
      { name: "URL query or fragment", pattern: /\b(https?:\/\/[^\s?#<>()[\]]*)[?#][^\s<>()[\]]*?(?=[.,;:!?)\]]*(?:\s|$))/g, replacement: "$1" },
      // An icon font's glyph (a link symbol beside a heading): a private-use character, which no text is written in.
      { name: "icon-font glyph", pattern: new RegExp("\\p{Co}", "gu"), replacement: "" },
      { name: "e-mail protection placeholder", pattern: /\\?\[email(?:\s|&nbsp;)+protected\\?\]\S*?(?=[.,;:!?)\]]*(?:\s|$))/gi, replacement: "[email protected]" },
      { name: "Markdown escape", pattern: /\\([!-/:-@[-`{-~])/g, replacement: "$1" }
    ];
    CONTENTS = new RegExp(String.raw`^(?:\s*\\?\[?${LINK_TEXT}\((?:<#[^>\n]*>|#[^()\n]*)\)\\?\]?[\s,;|·•]*)+$`);
    CONTENTS_LABEL = /^\s*(?:table of contents|contents|on this page|sommaire|table des matières|inhalt|inhaltsverzeichnis|innehåll|innehållsförteckning|sisällys(?:luettelo)?|indhold(?:sfortegnelse)?|innhold(?:sfortegnelse)?)\s*:?\s*$/i;
    MAYBE_NOISE = /[[\\<\p{Co}]|https?:|email/iu;
    IMAGE = new RegExp(String.raw`!${LINK_TEXT}${TARGET}`, "g");
  }
});

// src/document/normalize.ts
function normalizeSpaces(text) {
  return ANY_ODD.test(text) ? text.replace(ZERO_WIDTH, "").replace(ODD_SPACE, " ") : text;
}
function normalizesToNothing(text) {
  return !KEPT_BY_NORMALIZING.test(text) && normalizeFormatting(text.replace(ICON_GLYPHS, "")) === "";
}
function isBlankLine(line) {
  return BLANK_LINE.test(line);
}
function stripBullet(text) {
  return text.replace(BULLET, "");
}
function stripEmphasis(text) {
  return text.replace(/\*\*|__|`/g, "");
}
function normalizeFormatting(text) {
  return stripEmphasis(stripBullet(normalizeSpaces(text).normalize("NFC"))).replace(/\s+/g, " ").trim();
}
function normalizeText(text, noise = []) {
  return normalizeFormatting(withoutNoise(normalizeSpaces(text), noise));
}
function splitHeadingNumber(heading2) {
  const match = HEADING_NUMBER.exec(heading2);
  const number = match?.[1];
  if (match && number !== void 0) return { number, text: heading2.slice(match[0].length) };
  return { text: heading2 };
}
function headingKey(heading2) {
  let key2 = headingKeys.get(heading2);
  if (key2 === void 0) {
    key2 = normalizeText(splitHeadingNumber(normalizeSpaces(heading2).trim()).text).replace(/[:.\s]+$/, "").toLocaleLowerCase("und");
    if (headingKeys.size >= 1e4) headingKeys.clear();
    headingKeys.set(heading2, key2);
  }
  return key2;
}
function normalizeLineEndings(text) {
  const unmarked = text.replace(/^\ufeff/, "");
  return unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
}
var ODD_SPACE, ZERO_WIDTH, BULLET, ANY_ODD, KEPT_BY_NORMALIZING, ICON_GLYPHS, BLANK_LINE, HEADING_NUMBER, headingKeys;
var init_normalize = __esm({
  "src/document/normalize.ts"() {
    "use strict";
    init_noise();
    ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
    ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
    BULLET = /^[ \t]*(?:[-*+·•–—‣◦▪●○■□➢►✓✔](?=[\s\u00a0])|[·•–—‣◦▪●○■□➢►✓✔])[\s\u00a0]*/;
    ANY_ODD = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad]/;
    KEPT_BY_NORMALIZING = /[^\s\u200b-\u200d\u2060\ufeff\u00ad*_`+\-·•–—‣◦▪●○■□➢►✓✔\u0387\u1fef\p{Co}]/u;
    ICON_GLYPHS = new RegExp("\\p{Co}", "gu");
    BLANK_LINE = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;
    HEADING_NUMBER = /^\s*((?:\d+\.)*\d+)\.?\s+(?=\S)/;
    headingKeys = /* @__PURE__ */ new Map();
  }
});

// src/document/outline.ts
function buildDocument(format, title, items) {
  const builder = new OutlineBuilder(format, title, []);
  for (const item of items) builder.add(item);
  return builder.finish();
}
function relevel(sections, level) {
  for (const section of sections) {
    section.level = level;
    relevel(section.children, level + 1);
  }
}
function sameSection(a2, b, lines = true) {
  if (a2 === b) return true;
  if (a2.heading !== b.heading || a2.level !== b.level || lines && a2.line !== b.line || a2.number !== b.number) return false;
  if (a2.blocks.length !== b.blocks.length || a2.children.length !== b.children.length) return false;
  for (let index = 0; index < a2.blocks.length; index += 1) {
    const [x2, y2] = [a2.blocks[index], b.blocks[index]];
    if (x2 !== y2 && (x2.raw !== y2.raw || lines && x2.line !== y2.line)) return false;
  }
  return a2.children.every((child, index) => sameSection(child, b.children[index], lines));
}
function reuseChapters(document, previous) {
  if (previous === void 0) return document;
  const { sections } = document;
  for (let index = 0; index < sections.length; index += 1) {
    const before = previous.sections[index];
    if (before !== void 0 && sameSection(sections[index], before)) sections[index] = before;
  }
  return document;
}
var OutlineBuilder;
var init_outline = __esm({
  "src/document/outline.ts"() {
    "use strict";
    init_normalize();
    OutlineBuilder = class {
      document;
      open = [];
      /** Sections opened by bold text, which a real heading closes whatever its level. */
      emphasis = /* @__PURE__ */ new WeakSet();
      /** Chapters built here, whose levels are still the source's until `finish`. */
      built = [];
      constructor(format, title, preamble) {
        this.document = { format, preamble, sections: [] };
        if (title !== void 0) this.document.title = title;
      }
      add(item) {
        if (item.kind === "block") this.addBlock(item.block);
        else this.addHeading(item.text, item.level, item.line, item.emphasis === true);
      }
      addBlock(block) {
        const current = this.open.at(-1);
        (current ? current.blocks : this.document.preamble).push(block);
      }
      /** Whether a heading of this (source) level would be a chapter, nested in nothing before it. */
      opensChapter(level) {
        return this.open.length === 0 || this.open[0].level >= level;
      }
      /** Adds a heading; returns its section when it is a chapter. */
      addHeading(text, level, line, emphasis = false) {
        const open = this.open;
        if (!emphasis) while (open.length > 0 && this.emphasis.has(open.at(-1))) open.pop();
        while (open.length > 0 && open.at(-1).level >= level) open.pop();
        const { number } = splitHeadingNumber(text);
        const section = { heading: text, level, line, blocks: [], children: [] };
        if (number !== void 0) section.number = number;
        if (emphasis) this.emphasis.add(section);
        const parent = open.at(-1);
        open.push(section);
        if (parent !== void 0) {
          parent.children.push(section);
          return void 0;
        }
        this.document.sections.push(section);
        this.built.push(section);
        return section;
      }
      /**
       * Chapters finished elsewhere (levels counted from 1 already), after which nothing nests under what came before:
       * each starts with a chapter, as it did where it was read.
       */
      addChapters(chapters2) {
        this.open.length = 0;
        for (const chapter of chapters2) this.document.sections.push(chapter);
      }
      finish() {
        relevel(this.built, 1);
        return this.document;
      }
    };
  }
});

// src/document/sentences.ts
function endsWithAbbreviation(candidate, following) {
  const text = candidate.length > 40 ? candidate.slice(-40) : candidate;
  const lastWord = /(?:^|\s)([\p{L}.]+)\.$/u.exec(text)?.[1]?.toLowerCase();
  if (lastWord === void 0) {
    const number = new RegExp("(^|\\n|\\s)[[(]?\\p{N}+(?:\\\\?\\.\\p{N}+)*\\\\?\\.$", "u").exec(text);
    if (number === null) return false;
    const token = number[0].trim();
    if (number[1] === "\n" || token.startsWith("[") || candidate.trim() === token) return true;
    return MONTH_AFTER_ORDINAL.test(following);
  }
  if (ABBREVIATIONS.has(lastWord) || new RegExp("^\\p{Lu}$", "u").test(lastWord)) return true;
  const spacedEnd = new RegExp("(?:^|\\s)(\\p{L}{1,2})\\.\\s(\\p{L}{1,3})\\.$", "u").exec(text);
  if (spacedEnd !== null && ABBREVIATIONS.has(`${spacedEnd[1]}.${spacedEnd[2]}`.toLowerCase())) return true;
  const next = new RegExp("^(\\p{L}{1,3})\\.", "u").exec(following)?.[1];
  return next !== void 0 && lastWord.length <= 2 && ABBREVIATIONS.has(`${lastWord}.${next}`.toLowerCase());
}
function splitSentenceCandidates(text) {
  const sentences = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[1] ?? "").length;
    const candidate = text.slice(start, end);
    const next = end + (match[2] ?? "").length;
    if (endsWithAbbreviation(candidate, text.slice(next, next + 12))) continue;
    sentences.push(candidate.trim());
    start = next;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") sentences.push(rest);
  return sentences;
}
function splitSentences(text) {
  return splitSentenceCandidates(text).filter((s8) => normalizeSpaces(s8).trim() !== "");
}
function sentenceReader(patterns = []) {
  const key2 = JSON.stringify(patterns);
  let reader = readers.get(key2);
  if (reader === void 0) {
    reader = new SentenceReader(patternRules(patterns));
    if (readers.size >= 16) readers.clear();
    readers.set(key2, reader);
  }
  return reader;
}
function blockSentences(blocks, reader = sentenceReader()) {
  const sentences = [];
  for (const block of blocks) for (const sentence of reader.of(block.raw)) sentences.push(sentence);
  return sentences;
}
var ABBREVIATIONS, SENTENCE_END, MONTH_AFTER_ORDINAL, MAX_CACHED_BLOCKS, SentenceReader, readers;
var init_sentences = __esm({
  "src/document/sentences.ts"() {
    "use strict";
    init_normalize();
    init_noise();
    ABBREVIATIONS = new Set(
      [
        // sv
        "t.ex",
        "bl.a",
        "dvs",
        "d.v.s",
        "etc",
        "m.m",
        "o.s.v",
        "osv",
        "s.k",
        "p.g.a",
        "pga",
        "inkl",
        "exkl",
        "ca",
        "jfr",
        "resp",
        "nr",
        "st",
        "kap",
        "f.d",
        "fr.o.m",
        "t.o.m",
        "o.d",
        "m.fl",
        "ang",
        "avd",
        "bl",
        "tel",
        "mm",
        "ml",
        // en
        "e.g",
        "i.e",
        "etc",
        "vs",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "art",
        "sec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "approx",
        // legal forms that end in a full stop ("GitHub B.V. (“GitHub”, “we”)")
        "b.v",
        "n.v",
        "s.a",
        "s.a.s",
        "l.l.c",
        "s.r.l",
        "s.p.a",
        "a.g",
        // fi, de, fr
        "esim",
        "ks",
        "mm",
        "ym",
        "yms",
        "jne",
        "ns",
        "z.b",
        "bzw",
        "usw",
        "d.h",
        "ggf",
        "vgl",
        "u.a",
        "u.u",
        "s.o",
        "ca",
        "cf",
        "p.ex",
        "c.-\xE0-d",
        "cf",
        "env",
        "art",
        "al"
      ].map((a2) => a2.toLowerCase())
    );
    SENTENCE_END = /([.!?…]+["'”’»)\]]*)(\s+)(?=["'“”‘’«(\[]?[\p{Lu}\p{N}])/gu;
    MONTH_AFTER_ORDINAL = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;
    MAX_CACHED_BLOCKS = 5e4;
    SentenceReader = class {
      /** `noise`: a site's own noise patterns (config), besides the built-in ones. */
      constructor(noise = []) {
        this.noise = noise;
      }
      noise;
      cache = /* @__PURE__ */ new Map();
      of(raw) {
        let sentences = this.cache.get(raw);
        if (sentences === void 0) {
          const found = [];
          for (const piece2 of splitSentenceCandidates(raw)) {
            const norm = normalizeText(piece2, this.noise);
            if (norm !== "") found.push(found.length === 0 ? { raw: piece2, norm, blockStart: true } : { raw: piece2, norm });
          }
          sentences = found;
          if (this.cache.size >= MAX_CACHED_BLOCKS) this.cache.clear();
          this.cache.set(raw, sentences);
        }
        return sentences;
      }
    };
    readers = /* @__PURE__ */ new Map();
  }
});

// src/compare/similarity.ts
function isWordCharacter(code) {
  if (code < 128) return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code >= 65 && code <= 90;
  let known = wordCharacters.get(code);
  if (known === void 0) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    wordCharacters.set(code, known);
  }
  return known;
}
function wordBag(texts) {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  const count = (word) => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    total += 1;
  };
  for (const original of texts) {
    const text = original.toLowerCase();
    let start = -1;
    let at2 = 0;
    while (at2 < text.length) {
      const code = text.codePointAt(at2);
      if (isWordCharacter(code)) {
        if (start === -1) start = at2;
      } else if (start !== -1) {
        count(text.slice(start, at2));
        start = -1;
      }
      at2 += code > 65535 ? 2 : 1;
    }
    if (start !== -1) count(text.slice(start));
  }
  return { counts, total };
}
function bagSimilarity(a2, b) {
  const total = a2.total + b.total;
  if (total === 0) return 0;
  const [fewer, more] = a2.counts.size <= b.counts.size ? [a2.counts, b.counts] : [b.counts, a2.counts];
  let shared = 0;
  for (const [word, count] of fewer) {
    const other = more.get(word);
    if (other !== void 0) shared += Math.min(count, other);
  }
  return 2 * shared / total;
}
var WORD_CHARACTER, wordCharacters;
var init_similarity = __esm({
  "src/compare/similarity.ts"() {
    "use strict";
    WORD_CHARACTER = /[\p{L}\p{N}]/u;
    wordCharacters = /* @__PURE__ */ new Map();
  }
});

// src/sorted.ts
function lowerBound(count, keyAt, target) {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = low + high >> 1;
    if (keyAt(middle) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
function sortedIndexOf(count, keyAt, target) {
  const at2 = lowerBound(count, keyAt, target);
  return at2 < count && keyAt(at2) === target ? at2 : -1;
}
var init_sorted = __esm({
  "src/sorted.ts"() {
    "use strict";
  }
});

// src/compare/align.ts
function flatten(document, reader = sentenceReader()) {
  const known = recent.find((entry) => entry.document === document && entry.reader === reader);
  if (known !== void 0) return known.nodes;
  const flattened = flattenDocument(document, recent.filter((entry) => entry.reader === reader), reader);
  recent.unshift(flattened);
  if (recent.length > RECENT_DOCUMENTS) recent.pop();
  return flattened.nodes;
}
function sameBlocks(a2, b) {
  if (a2.length !== b.length) return false;
  for (let index = 0; index < a2.length; index += 1) if (a2[index].raw !== b[index].raw) return false;
  return true;
}
function flattenDocument(document, flattened, reader) {
  const previous = flattened[0]?.nodes ?? [];
  const sentencesOf = (blocks, index) => {
    const before = previous[index];
    return before !== void 0 && sameBlocks(before.blocks, blocks) ? before.sentences : blockSentences(blocks, reader);
  };
  const root = {
    index: 0,
    heading: "",
    key: "",
    level: 0,
    path: [],
    children: [],
    blocks: document.preamble,
    sentences: sentencesOf(document.preamble, 0)
  };
  const nodes = [root];
  const visit = (sections, parent) => {
    for (const section of sections) {
      const node = {
        index: nodes.length,
        heading: section.heading,
        key: headingKey(section.heading),
        level: section.level,
        path: [...parent.path, section.heading],
        children: [],
        blocks: section.blocks,
        sentences: sentencesOf(section.blocks, nodes.length)
      };
      if (parent !== root) node.parent = parent;
      parent.children.push(node);
      nodes.push(node);
      visit(section.children, node);
    }
  };
  const chapters2 = [];
  const knownChapters = /* @__PURE__ */ new Map();
  for (const entry of flattened) {
    entry.document.sections.forEach((chapter, position) => {
      if (!knownChapters.has(chapter)) knownChapters.set(chapter, entry.chapters[position]);
    });
  }
  const previousChapters = flattened[0]?.document.sections ?? [];
  document.sections.forEach((chapter, position) => {
    const before = previousChapters[position];
    const known = knownChapters.get(chapter) ?? (before !== void 0 && sameSection(chapter, before, false) ? knownChapters.get(before) : void 0);
    if (known !== void 0) {
      const taken = known[0].index === nodes.length ? known : movedNodes(known, nodes.length);
      root.children.push(taken[0]);
      for (const node of taken) nodes.push(node);
      chapters2.push(taken);
      return;
    }
    const start = nodes.length;
    visit([chapter], root);
    chapters2.push(nodes.slice(start));
  });
  return { document, reader, nodes, chapters: chapters2 };
}
function movedNodes(known, start) {
  const shift = start - known[0].index;
  const moved = /* @__PURE__ */ new Map();
  return known.map((node) => {
    const copy = { ...node, index: node.index + shift, children: [] };
    if (node.parent !== void 0) {
      copy.parent = moved.get(node.parent);
      copy.parent.children.push(copy);
    }
    moved.set(node, copy);
    return copy;
  });
}
function contentOf(node) {
  return [...node.sentences.map((sentence) => sentence.norm), ...node.children.map((child) => `\xA7 ${child.key}`)];
}
function longestIncreasingRun(values2) {
  const tails = [];
  const previous = new Array(values2.length).fill(-1);
  values2.forEach((value, index) => {
    const length = lowerBound(tails.length, (at2) => values2[tails[at2]] ?? 0, value);
    if (length > 0) previous[index] = tails[length - 1];
    tails[length] = index;
  });
  const run = /* @__PURE__ */ new Set();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]) run.add(index);
  return run;
}
function sameOutline(oldNodes, newNodes) {
  if (oldNodes.length !== newNodes.length) return false;
  for (let index = 0; index < oldNodes.length; index += 1) {
    const [oldNode, newNode] = [oldNodes[index], newNodes[index]];
    if (oldNode.key !== newNode.key || oldNode.parent?.index !== newNode.parent?.index) return false;
  }
  return true;
}
function alignSections(oldNodes, newNodes) {
  if (sameOutline(oldNodes, newNodes)) {
    return { pairs: newNodes.map((newNode, index) => ({ old: oldNodes[index], new: newNode, moved: false })), windowed: false };
  }
  return matchSections(oldNodes, newNodes);
}
function matchSections(oldNodes, newNodes) {
  const matcher = new Matcher();
  const [oldRoot, newRoot] = [oldNodes[0], newNodes[0]];
  matcher.pair(oldRoot, newRoot);
  matcher.bySiblingHeading(oldRoot.children, newRoot.children);
  while (matcher.byHeadingAnywhere(oldNodes, newNodes) || matcher.byContent(oldNodes, newNodes)) ;
  const moved = /* @__PURE__ */ new Set();
  for (const newNode of newNodes) {
    const children = newNode.children.filter((child) => matcher.newToOld.has(child));
    const oldParent = matcher.newToOld.get(newNode);
    for (const child of children) {
      const oldChild = matcher.newToOld.get(child);
      const oldChildParent = oldChild.parent ?? oldRoot;
      if (oldChildParent !== oldParent) moved.add(child);
    }
    const stayed = children.filter((child) => !moved.has(child));
    const order = stayed.map((child) => matcher.newToOld.get(child).index);
    const keep = longestIncreasingRun(order);
    stayed.forEach((child, position) => {
      if (!keep.has(position)) moved.add(child);
    });
  }
  return { pairs: orderPairs(oldNodes, newNodes, matcher, moved), windowed: matcher.windowed };
}
function orderPairs(oldNodes, newNodes, matcher, moved) {
  const removedAfter = /* @__PURE__ */ new Map();
  let anchor;
  for (const oldNode of oldNodes) {
    const newNode = matcher.oldToNew.get(oldNode);
    if (newNode !== void 0) anchor = newNode;
    else removedAfter.set(anchor, [...removedAfter.get(anchor) ?? [], oldNode]);
  }
  const pairs = [];
  const pushRemoved = (after) => {
    for (const oldNode of removedAfter.get(after) ?? []) pairs.push({ old: oldNode, moved: false });
  };
  pushRemoved(void 0);
  for (const newNode of newNodes) {
    const oldNode = matcher.newToOld.get(newNode);
    pairs.push(oldNode === void 0 ? { new: newNode, moved: false } : { old: oldNode, new: newNode, moved: moved.has(newNode) });
    pushRemoved(newNode);
  }
  return pairs;
}
var RENAME_SIMILARITY, MAX_RENAME_PAIRS, RENAME_WINDOW, recent, RECENT_DOCUMENTS, Matcher;
var init_align = __esm({
  "src/compare/align.ts"() {
    "use strict";
    init_normalize();
    init_outline();
    init_sentences();
    init_similarity();
    init_sorted();
    RENAME_SIMILARITY = 0.5;
    MAX_RENAME_PAIRS = 4e4;
    RENAME_WINDOW = 40;
    recent = [];
    RECENT_DOCUMENTS = 3;
    Matcher = class {
      /** Set when renames were looked for in a window only; the diff says so. */
      windowed = false;
      oldToNew = /* @__PURE__ */ new Map();
      newToOld = /* @__PURE__ */ new Map();
      pair(oldNode, newNode) {
        this.oldToNew.set(oldNode, newNode);
        this.newToOld.set(newNode, oldNode);
      }
      /** Same heading among the children of two paired sections, in order, then their children in turn. */
      bySiblingHeading(oldChildren, newChildren) {
        const waiting = /* @__PURE__ */ new Map();
        for (const node of oldChildren) waiting.set(node.key, [...waiting.get(node.key) ?? [], node]);
        for (const node of newChildren) {
          const match = waiting.get(node.key)?.shift();
          if (match !== void 0) this.pair(match, node);
        }
        for (const oldNode of oldChildren) {
          const newNode = this.oldToNew.get(oldNode);
          if (newNode !== void 0) this.bySiblingHeading(oldNode.children, newNode.children);
        }
      }
      unpaired(nodes, side) {
        const paired = side === "old" ? this.oldToNew : this.newToOld;
        return nodes.filter((node) => node.index !== 0 && !paired.has(node));
      }
      /** A heading that left its chapter for another keeps its identity. */
      byHeadingAnywhere(oldNodes, newNodes) {
        const waiting = /* @__PURE__ */ new Map();
        for (const node of this.unpaired(oldNodes, "old")) waiting.set(node.key, [...waiting.get(node.key) ?? [], node]);
        let found = false;
        for (const node of this.unpaired(newNodes, "new")) {
          const match = waiting.get(node.key)?.shift();
          if (match === void 0) continue;
          this.pair(match, node);
          this.bySiblingHeading(match.children, node.children);
          found = true;
        }
        return found;
      }
      /**
       * Renamed: the most similar unpaired old and new sections, best pairs first. Every pair is scored when there are
       * few; past that (a rewrite of a huge document) only sections within a window of each other's position are, which
       * keeps the work linear and misses only renames that also travelled far.
       */
      byContent(oldNodes, newNodes) {
        const candidates = [];
        const oldFree = this.unpaired(oldNodes, "old");
        const newFree = this.unpaired(newNodes, "new");
        const windowed = oldFree.length * newFree.length > MAX_RENAME_PAIRS;
        if (windowed) this.windowed = true;
        const bagOf = (node) => node.contentBag ??= wordBag(contentOf(node));
        newFree.forEach((newNode, position) => {
          if (newNode.sentences.length === 0 && newNode.children.length === 0) return;
          const newBag = bagOf(newNode);
          const center = Math.round(position * oldFree.length / newFree.length);
          const from = windowed ? Math.max(0, center - RENAME_WINDOW) : 0;
          const to = windowed ? Math.min(oldFree.length, center + RENAME_WINDOW) : oldFree.length;
          for (const oldNode of oldFree.slice(from, to)) {
            const score = bagSimilarity(bagOf(oldNode), newBag);
            if (score >= RENAME_SIMILARITY) candidates.push({ oldNode, newNode, score });
          }
        });
        candidates.sort((a2, b) => b.score - a2.score || a2.newNode.index - b.newNode.index || a2.oldNode.index - b.oldNode.index);
        let found = false;
        for (const { oldNode, newNode } of candidates) {
          if (this.oldToNew.has(oldNode) || this.newToOld.has(newNode)) continue;
          this.pair(oldNode, newNode);
          this.bySiblingHeading(oldNode.children, newNode.children);
          found = true;
        }
        return found;
      }
    };
  }
});

// src/document/change-list.ts
function isChangeListSection(path) {
  return path.some((heading2) => CHANGE_LIST_HEADING.test(heading2));
}
function changeListEntries(blockRaw) {
  const entries = [];
  blockRaw.split("\n").forEach((line, index) => {
    const date = ENTRY_DATE.exec(stripBullet(normalizeSpaces(line)))?.[1];
    if (date !== void 0) entries.push({ date, lines: [line], firstLine: index });
    else entries.at(-1)?.lines.push(line);
  });
  return entries.map(({ date, lines, firstLine }) => ({ date, text: stripBullet(normalizeSpaces(lines.join("\n"))).trim(), firstLine, lastLine: firstLine + lines.length - 1 }));
}
var CHANGE_LIST_HEADING, ENTRY_DATE;
var init_change_list = __esm({
  "src/document/change-list.ts"() {
    "use strict";
    init_normalize();
    CHANGE_LIST_HEADING = /ändring|förändring|uppdatering|historik|change|update|revision|history|muutok|päivity|änderung|aktualisierung|modification|mise à jour|endring|ændring/i;
    ENTRY_DATE = /^\s*(?:[-*•·–]\s*)?(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\b[\s:–-]*/;
  }
});

// src/document/language.ts
function hits(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const word of text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase().match(new RegExp("\\p{L}+", "gu")) ?? []) {
    for (const language of LOOKUP.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}
function detectLanguage(text) {
  let best = "und";
  let bestCount = MIN_HITS - 1;
  for (const [language, count] of hits(text)) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
function dominantLanguage(text) {
  const counts = [...hits(text)].sort((a2, b) => b[1] - a2[1]);
  const [first, second] = counts;
  if (first === void 0 || first[1] < MIN_HITS) return "und";
  return second === void 0 || first[1] >= second[1] * 2 ? first[0] : "und";
}
var STOP_WORDS, LOOKUP, MIN_HITS, LANGUAGE_SAMPLE_CHARS;
var init_language = __esm({
  "src/document/language.ts"() {
    "use strict";
    STOP_WORDS = {
      sv: ["och", "att", "det", "som", "\xE4r", "f\xF6r", "p\xE5", "med", "av", "vi", "du", "din", "dina", "till", "inte", "om", "eller", "v\xE5r", "kan", "har"],
      en: ["the", "and", "to", "of", "we", "you", "your", "is", "for", "in", "that", "with", "our", "or", "not", "may", "are", "this", "be", "by"],
      fi: ["ja", "on", "ett\xE4", "tai", "tietoja", "sinun", "me", "emme", "voimme", "kanssa", "jos", "ovat", "ei", "joka", "mukaan", "my\xF6s", "k\xE4yt\xE4mme", "tiedot"],
      de: ["und", "der", "die", "das", "wir", "sie", "ihre", "nicht", "mit", "von", "zu", "f\xFCr", "ist", "oder", "den", "auf", "werden", "daten"],
      fr: ["et", "les", "des", "nous", "vous", "vos", "de", "la", "le", "pour", "est", "ne", "pas", "avec", "sur", "ou", "donn\xE9es", "par"],
      da: ["og", "at", "det", "som", "er", "for", "p\xE5", "med", "af", "vi", "du", "dine", "til", "ikke", "eller", "vores", "kan", "har", "oplysninger"],
      nb: ["og", "at", "det", "som", "er", "for", "p\xE5", "med", "av", "vi", "du", "dine", "til", "ikke", "eller", "v\xE5r", "kan", "har", "opplysninger"]
    };
    LOOKUP = /* @__PURE__ */ new Map();
    for (const [language, words2] of Object.entries(STOP_WORDS)) {
      for (const word of words2) LOOKUP.set(word, [...LOOKUP.get(word) ?? [], language]);
    }
    MIN_HITS = 3;
    LANGUAGE_SAMPLE_CHARS = 2e4;
  }
});

// src/document/heading-overrides.ts
function overrideKey(line) {
  return headingKey(line.replace(ATX_MARKS, ""));
}
function unmatchedHeadingOverrides(texts, overrides) {
  const wanted = [...overrides.add ?? [], ...overrides.ignore ?? []];
  const missing = new Set(wanted.map(overrideKey));
  for (const text of texts) {
    if (missing.size === 0) break;
    for (const line of text.split(/\r\n?|\n/)) {
      if (line.length > 0 && missing.size > 0) missing.delete(overrideKey(line));
    }
  }
  return wanted.filter((line) => missing.has(overrideKey(line)));
}
var ATX_MARKS, HeadingOverrideMatcher;
var init_heading_overrides = __esm({
  "src/document/heading-overrides.ts"() {
    "use strict";
    init_normalize();
    ATX_MARKS = /^\s{0,3}#{1,6}(?:\s+|$)|\s+#+\s*$/g;
    HeadingOverrideMatcher = class {
      added;
      ignored;
      constructor(overrides = {}) {
        this.added = new Set((overrides.add ?? []).map(overrideKey));
        this.ignored = new Set((overrides.ignore ?? []).map(overrideKey));
      }
      /** Whether any line can be made a heading: without, the readers skip looking line by line. */
      get addsHeadings() {
        return this.added.size > 0;
      }
      /** A bare line (not a list item) that the config makes a heading. */
      isAdded(line) {
        return this.added.size > 0 && !BULLET.test(line) && this.added.has(overrideKey(line));
      }
      /** A line the config keeps as text, even when it looks like a heading. */
      isIgnored(line) {
        return this.ignored.size > 0 && this.ignored.has(overrideKey(line));
      }
    };
  }
});

// src/document/plain.ts
function boldBulletText(text) {
  return BULLET.test(text) ? /^\*\*([^*]+)\*\*:?$/.exec(stripBullet(text))?.[1] : void 0;
}
function startsLowerCase(text) {
  return new RegExp("^\\p{Ll}+(?:\\P{Lu}|$)", "u").test(normalizeSpaces(text).trim());
}
function looksLikeHeading(raw) {
  const text = normalizeSpaces(raw).trim();
  if (text === "" || text.length > MAX_HEADING_LENGTH) return false;
  if (boldBulletText(text) !== void 0) return true;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (CONTAINS_DATE.test(text)) return false;
  const words2 = splitHeadingNumber(text).text;
  if (/[.!?,;…]["”’)]*$/.test(words2) || new RegExp("[.!?]\\s+\\p{Lu}", "u").test(words2)) return false;
  if (/https?:|www\.|@\S+\.\w/.test(text)) return false;
  return new RegExp("^\\p{Ll}*\\p{Lu}", "u").test(words2);
}
function headingText(raw) {
  const text = normalizeSpaces(raw).trim();
  return boldBulletText(text)?.trim() ?? text;
}
function isAllCaps(text) {
  return new RegExp("\\p{L}", "u").test(text) && text === text.toLocaleUpperCase("und");
}
function parsePlainText(text, overrides = new HeadingOverrideMatcher()) {
  return readPlain(text.split("\n").map(lineFacts), overrides, void 0).document;
}
function movedSection(section, shift) {
  const moved = {
    heading: section.heading,
    level: section.level,
    line: section.line + shift,
    blocks: section.blocks.map((block) => ({ raw: block.raw, line: block.line + shift })),
    children: section.children.map((child) => movedSection(child, shift))
  };
  if (section.number !== void 0) moved.number = section.number;
  return moved;
}
function keptChapter(lines, heading2, blocks, previous, shifts) {
  const sections = previous.document.sections;
  for (const shift of shifts) {
    const index = chapterAt(sections, heading2 - shift);
    if (index === -1) continue;
    const last = index === sections.length - 1;
    const end = last ? previous.lines.length + shift : sections[index + 1].line - 1 + shift;
    let through;
    if (last) {
      if (end !== lines.length) continue;
      through = end - 1;
    } else {
      const next = blockIndex(blocks.starts, end);
      if (next === -1) continue;
      const nextEnd = blocks.ends[next];
      through = nextEnd - end === 1 ? blocks.starts[next + 1] ?? end : nextEnd - 1;
    }
    if (through - shift >= previous.lines.length) continue;
    let same = true;
    for (let line = heading2; same && line <= through; line += 1) same = lines[line] === previous.lines[line - shift];
    if (same) return { chapter: sections[index], index, shift, end };
  }
  return void 0;
}
function readPlain(lines, overrides, previous) {
  const blockStarts = [];
  const blockEnds = [];
  let open = -1;
  for (let index = 0; index < lines.length; index += 1) {
    if (!lines[index].blank) {
      if (open !== -1 && overrides.addsHeadings && overrides.isAdded(lines[index].text)) {
        blockStarts.push(open);
        blockEnds.push(index);
        open = index;
      }
      if (open === -1) open = index;
    } else if (open !== -1) {
      blockStarts.push(open);
      blockEnds.push(index);
      open = -1;
    }
  }
  if (open !== -1) {
    blockStarts.push(open);
    blockEnds.push(lines.length);
  }
  let builder = new OutlineBuilder("text", void 0, []);
  const chapterLevels = [];
  let chapterLevel;
  const shifts = previous === void 0 ? [] : [0, lines.length - previous.lines.length];
  let fromBlock = 0;
  if (previous !== void 0) {
    const sections = previous.document.sections;
    let first = 0;
    while (first < lines.length && lines[first] === previous.lines[first]) first += 1;
    let changed = sections.length - 1;
    while (changed >= 0 && sections[changed].line - 1 >= first) changed -= 1;
    const restart = changed - 1;
    const restartBlock = restart < 0 ? -1 : blockIndex(blockStarts, sections[restart].line - 1);
    if (restartBlock > 0) {
      builder = new OutlineBuilder("text", previous.document.title, previous.document.preamble);
      builder.addChapters(sections.slice(0, restart));
      chapterLevels.push(...previous.chapterLevels.slice(0, restart));
      chapterLevel = previous.chapterLevels[restart];
      fromBlock = restartBlock;
    }
  }
  for (let index = fromBlock; index < blockStarts.length; index += 1) {
    const start = blockStarts[index];
    const end = blockEnds[index];
    const first = lines[start];
    const standalone = end - start === 1;
    const added = overrides.isAdded(first.text);
    const nextIndex = standalone ? blockStarts[index + 1] : start + 1;
    const heading2 = added ? headingText(first.text) : first.heading === void 0 || overrides.isIgnored(first.text) || nextIndex !== void 0 && lines[nextIndex].startsLowerCase ? void 0 : first.heading;
    const firstBlock = () => builder.addBlock({ raw: first.text, line: start + 1 });
    if (heading2 !== void 0 && !added && index === 0 && (standalone || isAllCaps(heading2))) {
      builder.document.title = heading2;
    } else if (heading2 !== void 0) {
      const level = added ? addedHeadingLevel(heading2) : headingLevel(heading2, first.text, standalone, chapterLevel);
      if (level !== void 0) {
        const opensChapter = builder.opensChapter(level.value);
        const kept = opensChapter && previous !== void 0 ? keptChapter(lines, start, { starts: blockStarts, ends: blockEnds }, previous, shifts) : void 0;
        if (kept !== void 0 && previous.chapterLevels[kept.index] === chapterLevel) {
          builder.addChapters([kept.shift === 0 ? kept.chapter : movedSection(kept.chapter, kept.shift)]);
          chapterLevels.push(chapterLevel);
          shifts[0] = kept.shift;
          if (kept.end === lines.length) break;
          chapterLevel = previous.chapterLevels[kept.index + 1];
          index = blockIndex(blockStarts, kept.end) - 1;
          continue;
        }
        const before = chapterLevel;
        if (level.opensChapter) chapterLevel = level.value;
        builder.addHeading(heading2, level.value, start + 1);
        if (opensChapter) chapterLevels.push(before);
      } else {
        firstBlock();
      }
    } else {
      firstBlock();
    }
    for (let line = start + 1; line < end; line += 1) builder.addBlock({ raw: lines[line].text, line: line + 1 });
  }
  return { lines, document: builder.finish(), chapterLevels };
}
function addedHeadingLevel(heading2) {
  const { number } = splitHeadingNumber(heading2);
  return number === void 0 ? { value: 1, opensChapter: true } : numberedLevel(number);
}
function numberedLevel(number) {
  return { value: number.split(".").length, opensChapter: true };
}
function headingLevel(heading2, raw, standalone, chapterLevel) {
  const { number } = splitHeadingNumber(heading2);
  if (number !== void 0) return numberedLevel(number);
  const subLevel = chapterLevel === void 0 ? 1 : chapterLevel + 1;
  if (boldBulletText(normalizeSpaces(raw).trim()) !== void 0) return { value: subLevel, opensChapter: false };
  if (heading2.endsWith(":")) {
    if (ANNOUNCES_LIST.test(heading2) || standalone && STARTS_WITH_PRONOUN.test(heading2)) return void 0;
    return { value: subLevel, opensChapter: false };
  }
  if (standalone) return { value: 1, opensChapter: true };
  return { value: subLevel, opensChapter: false };
}
var MAX_HEADING_WORDS, MAX_HEADING_LENGTH, ANNOUNCES_LIST, STARTS_WITH_PRONOUN, MONTH, CONTAINS_DATE, LineFacts, lineFacts, LineMemo, PlainVersions, chapterAt, blockIndex;
var init_plain = __esm({
  "src/document/plain.ts"() {
    "use strict";
    init_normalize();
    init_outline();
    init_heading_overrides();
    init_sorted();
    MAX_HEADING_WORDS = 12;
    MAX_HEADING_LENGTH = 100;
    ANNOUNCES_LIST = /följande|following|seuraav|folgende|suivant/i;
    STARTS_WITH_PRONOUN = /^(?:vi|du|ni|man|det|den|jag|we|you|it|this|these|our|me|sinä|te|wir|sie|nous|vous)\s/i;
    MONTH = "(?:jan(?:uary|uar|uari|vier)?|j[\xE4a]nner|feb(?:ruary|ruar|ruari)?|f\xE9vrier|march|m\xE4rz|mars|marts|april|avril|may|mai|maj|juni?|juin|june|july|juli|juillet|aug(?:ust|usti)?|ao\xFBt|sept?(?:ember)?|septembre|oct(?:ober)?|oktober|octobre|nov(?:ember)?|novembre|dec(?:ember)?|dezember|d\xE9cembre|desember)";
    CONTAINS_DATE = new RegExp(
      String.raw`\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b|\b\d{1,2}(?:er|\.)?\s+${MONTH}\.?\s+\d{4}\b|\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
      "iu"
    );
    LineFacts = class {
      /** The line's text; with a memo, one string for all versions that have the line (see LineMemo). */
      constructor(text) {
        this.text = text;
        this.blank = isBlankLine(text);
      }
      text;
      lower;
      headingChecked = false;
      headingValue;
      blank;
      get startsLowerCase() {
        this.lower ??= startsLowerCase(this.text);
        return this.lower;
      }
      /** The heading the line would be, when it looks like one. */
      get heading() {
        if (!this.headingChecked) {
          this.headingValue = looksLikeHeading(this.text) ? headingText(this.text) : void 0;
          this.headingChecked = true;
        }
        return this.headingValue;
      }
    };
    lineFacts = (text) => new LineFacts(text);
    LineMemo = class _LineMemo {
      static MAX_LINES = 5e4;
      lines = /* @__PURE__ */ new Map();
      /** The lines of the text read last, the version next to this one in a history, as given and with their facts. */
      previousLines = [];
      previous = [];
      /**
       * The facts of each line. Most lines stand where they stood in the version read before, counted from the start
       * (above the first line added or removed) or from the end (below the last). They are compared with the strings
       * given for that version, not with the memo's own copies: BlobLines hands a history's unchanged lines over as the
       * very same strings, which compare by pointer, where a copy is compared character by character.
       */
      linesOf(lines) {
        const [previousLines, previous] = [this.previousLines, this.previous];
        const shift = previousLines.length - lines.length;
        const facts = new Array(lines.length);
        for (let index = 0; index < lines.length; index += 1) {
          const line = lines[index];
          facts[index] = previousLines[index] === line ? previous[index] : previousLines[index + shift] === line ? previous[index + shift] : this.get(line);
        }
        this.previousLines = lines;
        this.previous = facts;
        return facts;
      }
      get(text) {
        let facts = this.lines.get(text);
        if (facts === void 0) {
          const own = text.length > 12 ? ` ${text}`.slice(1) : text;
          facts = lineFacts(own);
          if (this.lines.size >= _LineMemo.MAX_LINES) this.lines.clear();
          this.lines.set(own, facts);
        }
        return facts;
      }
    };
    PlainVersions = class {
      memo = new LineMemo();
      previous;
      /** The config's headings the previous version was read with: another config reads the same lines differently. */
      previousHeadings;
      read(texts, headings) {
        const lines = this.memo.linesOf(texts);
        const previous = headings === this.previousHeadings ? this.previous : void 0;
        this.previous = readPlain(lines, new HeadingOverrideMatcher(headings), previous);
        this.previousHeadings = headings;
        return this.previous.document;
      }
    };
    chapterAt = (sections, index) => sortedIndexOf(sections.length, (at2) => sections[at2].line - 1, index);
    blockIndex = (blockStarts, index) => sortedIndexOf(blockStarts.length, (at2) => blockStarts[at2], index);
  }
});

// node_modules/marked/lib/marked.esm.js
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
function ue(l4) {
  S = l4;
}
function D(l4) {
  let e2 = [];
  return (t2) => {
    let n2 = Math.max(0, Math.min(3, t2 - 1)), r7 = e2[n2];
    return r7 || (r7 = l4(n2), e2[n2] = r7), r7;
  };
}
function g(l4, e2 = "") {
  let t2 = typeof l4 == "string" ? l4 : l4.source, n2 = { replace: (r7, s8) => {
    let o2 = typeof s8 == "string" ? s8 : s8.source;
    return o2 = o2.replace(O.caret, "$1"), t2 = t2.replace(r7, o2), n2;
  }, getRegex: () => new RegExp(t2, e2) };
  return n2;
}
function y(l4, e2) {
  if (e2) {
    if (O.escapeTest.test(l4)) return l4.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l4)) return l4.replace(O.escapeReplaceNoEncode, Be);
  return l4;
}
function De(l4) {
  return O.numericCharacterReference.test(l4) ? l4.replace(O.numericCharacterReferenceOrAmpersand, (e2, t2, n2) => {
    if (t2 === void 0 && n2 === void 0) return "&amp;";
    let r7 = t2 === void 0 ? Number.parseInt(n2, 16) : Number.parseInt(t2, 10);
    return r7 === 0 || r7 > 1114111 || r7 >= 55296 && r7 <= 57343 ? "\uFFFD" : r7 === 38 ? "&amp;" : String.fromCodePoint(r7);
  }) : l4;
}
function xe(l4) {
  try {
    l4 = encodeURI(l4).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l4;
}
function be(l4, e2) {
  let t2 = l4.replace(O.findPipe, (s8, o2, i2) => {
    let a2 = false, c2 = o2;
    for (; --c2 >= 0 && i2[c2] === "\\"; ) a2 = !a2;
    return a2 ? "|" : " |";
  }), n2 = t2.split(O.splitPipe), r7 = 0;
  if (n2[0].trim() || n2.shift(), n2.length > 0 && !n2.at(-1)?.trim() && n2.pop(), e2) if (n2.length > e2) n2.splice(e2);
  else for (; n2.length < e2; ) n2.push("");
  for (; r7 < n2.length; r7++) n2[r7] = n2[r7].trim().replace(O.slashPipe, "|");
  return n2;
}
function C(l4, e2, t2) {
  let n2 = l4.length;
  if (n2 === 0) return "";
  let r7 = 0;
  for (; r7 < n2; ) {
    let s8 = l4.charAt(n2 - r7 - 1);
    if (s8 === e2 && !t2) r7++;
    else if (s8 !== e2 && t2) r7++;
    else break;
  }
  return l4.slice(0, n2 - r7);
}
function Re(l4) {
  let e2 = l4.split(`
`), t2 = e2.length - 1;
  for (; t2 >= 0 && O.blankLine.test(e2[t2]); ) t2--;
  return e2.length - t2 <= 2 ? l4 : e2.slice(0, t2 + 1).join(`
`);
}
function W(l4) {
  return l4.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l4, e2) {
  if (l4.indexOf(e2[0]) === -1 && l4.indexOf(e2[1]) === -1) return -1;
  let t2 = 0;
  for (let n2 = 0; n2 < l4.length; n2++) if (l4[n2] === "\\") n2++;
  else if (l4[n2] === e2[0]) t2++;
  else if (l4[n2] === e2[1] && (t2--, t2 < 0)) return n2;
  return t2 > 0 ? -2 : -1;
}
function Oe(l4) {
  let e2 = { "*": -1, _: -1 }, t2 = -1, n2 = l4.length;
  for (let r7 = 0; r7 < n2; r7++) {
    let s8 = l4[r7];
    if (s8 !== "*" && s8 !== "_" && s8 !== "~") continue;
    let o2 = r7 === 0 ? `
` : l4[r7 - 1], i2 = r7 + 1;
    for (; i2 < n2 && l4[i2] === s8; ) i2++;
    o2 !== " " && o2 !== "	" && o2 !== `
` && o2 !== "\r" && o2 !== "\f" && (s8 === "~" ? t2 = r7 : e2[s8] = r7), r7 = i2 - 1;
  }
  return { maskedSrc: l4, lastPossibleEmStrongCloserIndex: e2, lastPossibleDelCloserIndex: t2 };
}
function qe(l4, e2) {
  let t2 = Oe(e2), n2 = Q.get(l4);
  n2 ? n2.push(t2) : Q.set(l4, [t2]);
}
function ve(l4) {
  let e2 = Q.get(l4);
  e2 && (e2.pop(), e2.length === 0 && Q.delete(l4));
}
function oe(l4, e2, t2) {
  let n2 = Q.get(l4)?.at(-1);
  return n2 && n2.maskedSrc === e2 ? n2.lastPossibleEmStrongCloserIndex[t2] : Oe(e2).lastPossibleEmStrongCloserIndex[t2];
}
function ae(l4, e2) {
  let t2 = Q.get(l4)?.at(-1);
  return t2 && t2.maskedSrc === e2 ? t2.lastPossibleDelCloserIndex : Oe(e2).lastPossibleDelCloserIndex;
}
function te(l4, e2 = 0) {
  let t2 = e2, n2 = "";
  for (let r7 of l4) if (r7 === "	") {
    let s8 = 4 - t2 % 4;
    n2 += " ".repeat(s8), t2 += s8;
  } else n2 += r7, t2++;
  return n2;
}
function Ht(l4, e2) {
  let t2 = "";
  for (let n2 = 0; n2 < l4.length; n2++) {
    if (l4[n2] === "`") {
      let r7 = e2.inline.code.exec(l4.slice(n2));
      if (r7) {
        t2 += r7[0], n2 += r7[0].length - 1;
        continue;
      }
    }
    if (l4[n2] === "\\" && (l4[n2 + 1] === "[" || l4[n2 + 1] === "]")) {
      t2 += l4[n2 + 1], n2++;
      continue;
    }
    t2 += l4[n2];
  }
  return t2;
}
function He(l4, e2, t2, n2, r7) {
  let s8 = e2.href, o2 = e2.title || null, i2 = Ht(l4[1], r7), a2 = l4[0].charAt(0) === "!", c2 = n2.state.inLink, u = n2.state.linkEmitted, d = n2.state.inRawBlock;
  n2.state.inLink = true, n2.state.linkEmitted = false;
  let h = n2.inlineTokens(i2), p = n2.state.linkEmitted;
  if (n2.state.linkEmitted = u, n2.state.inLink = c2, !a2) {
    if (p) {
      n2.state.inRawBlock = d;
      return;
    }
    n2.state.linkEmitted = true;
  }
  return { type: a2 ? "image" : "link", raw: t2, href: s8, title: o2, text: i2, tokens: h };
}
function Zt(l4, e2, t2) {
  let n2 = l4.match(t2.other.indentCodeCompensation);
  if (n2 === null) return e2;
  let r7 = n2[1];
  return e2.split(`
`).map((s8) => {
    let o2 = s8.match(t2.other.beginningSpace);
    if (o2 === null) return s8;
    let [i2] = o2;
    return s8.slice(Math.min(i2.length, r7.length));
  }).join(`
`);
}
function Ze(l4, e2, t2, n2) {
  if (!e2.includes("<")) return false;
  for (let r7 = 0; r7 < e2.length; r7++) {
    if (e2[r7] === "\\") {
      r7++;
      continue;
    }
    if (e2[r7] === "`") {
      let i2 = n2.inline.code.exec(e2.slice(r7));
      if (i2) {
        r7 += i2[0].length - 1;
        continue;
      }
    }
    if (e2[r7] !== "<") continue;
    let s8 = l4.slice(t2 + r7), o2 = n2.inline.tag.exec(s8) || n2.inline.autolink.exec(s8);
    if (o2) {
      if (o2[0].length > e2.length - r7) return true;
      r7 += o2[0].length - 1;
    }
  }
  return false;
}
function M(l4, e2) {
  if (Array.isArray(e2)) for (let t2 = 0; t2 < e2.length; t2++) l4.push(e2[t2]);
  else l4.push(e2);
}
function x(l4, e2) {
  return v.parse(l4, e2);
}
function jt(...l4) {
  return v.use(...l4), x.defaults = v.defaults, ue(x.defaults), x;
}
var S, q, _e, O, Ge, Ne, Fe, V, Qe, ce, he, J, $e, Le, We, de, Ue, ge, Ke, Xe, ke, Ve, Ce, Je, Ye, et, fe, Pe, tt, nt, rt, st, Ie, it, L, N, Y, ot, at, Ae, lt, ut, pt, Ee, ct, ht, dt, gt, ze, kt, ft, mt, xt, bt, Rt, Tt, Ot, wt, Pt, yt, St, _t, $t, Lt, Me, ie, Ct, It, At, ye, Et, zt, Se, Mt, Bt, me, Dt, pe, qt, ee, F, vt, Be, Q, _, w, I, z, P, A, ne, v, En, zn, Mn, Bn, qn, vn;
var init_marked_esm = __esm({
  "node_modules/marked/lib/marked.esm.js"() {
    S = G();
    q = { exec: () => null };
    _e = ((l4 = "") => {
      try {
        return !!new RegExp("(?<=1)(?<!1)" + l4);
      } catch {
        return false;
      }
    })();
    O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l4) => new RegExp(`^( {0,3}${l4})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l4) => new RegExp(`^ {0,${l4}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l4) => new RegExp(`^ {0,${l4}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l4) => new RegExp(`^ {0,${l4}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l4) => new RegExp(`^ {0,${l4}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l4) => new RegExp(`^ {0,${l4}}#`)), htmlBeginRegex: D((l4) => new RegExp(`^ {0,${l4}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l4) => new RegExp(`^ {0,${l4}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
    Ge = /^(?:[ \t]*(?:\n|$))+/;
    Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
    Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
    V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
    Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
    ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
    he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
    J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
    $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
    Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
    We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
    de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
    Ue = /^[^\n]+/;
    ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
    Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
    Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
    ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
    Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
    Ce = (l4) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l4).replace("html", J).getRegex();
    Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
    Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
    et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
    fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
    Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
    tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
    nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
    rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
    st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
    Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
    it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
    L = /[\p{P}\p{S}]/u;
    N = /[\s\p{P}\p{S}]/u;
    Y = /[^\s\p{P}\p{S}]/u;
    ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
    at = /[\p{Pi}\p{Ps}"']/u;
    Ae = /(?!~)[\p{P}\p{S}]/u;
    lt = /(?!~)[\s\p{P}\p{S}]/u;
    ut = /(?:[^\s\p{P}\p{S}]|~)/u;
    pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
    Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
    ct = g(Ee, "u").replace(/punct/g, L).getRegex();
    ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
    dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
    gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
    ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
    kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
    ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
    mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
    xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
    bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
    Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
    Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
    Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
    wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
    Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
    yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
    St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
    _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
    $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
    Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
    Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
    ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
    Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
    It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
    At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
    ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
    Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
    zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
    Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
    Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
    Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
    me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
    Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
    pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
    qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
    ee = { normal: fe, gfm: tt, pedantic: nt };
    F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
    vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    Be = (l4) => vt[l4];
    Q = /* @__PURE__ */ new WeakMap();
    _ = class {
      options;
      rules;
      lexer;
      constructor(e2) {
        this.options = e2 || S;
      }
      space(e2) {
        let t2 = this.rules.block.newline.exec(e2);
        if (t2 && t2[0].length > 0) return { type: "space", raw: t2[0] };
      }
      code(e2) {
        let t2 = this.rules.block.code.exec(e2);
        if (t2) {
          let n2 = this.options.pedantic ? t2[0] : Re(t2[0]), r7 = n2.replace(this.rules.other.codeRemoveIndent, "");
          return { type: "code", raw: n2, codeBlockStyle: "indented", text: r7 };
        }
      }
      fences(e2) {
        let t2 = this.rules.block.fences.exec(e2);
        if (t2) {
          let n2 = t2[0], r7 = Zt(n2, t2[3] || "", this.rules);
          return t2[3] !== void 0 && (r7 === "" || r7.endsWith(`
`)) && (r7 += `
`), { type: "code", raw: n2, lang: t2[2] ? t2[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t2[2], text: r7 };
        }
      }
      heading(e2) {
        let t2 = this.rules.block.heading.exec(e2);
        if (t2) {
          let n2 = t2[2].trim();
          if (this.rules.other.endingHash.test(n2)) {
            let r7 = C(n2, "#");
            (this.options.pedantic || !r7 || this.rules.other.endingSpaceTabChar.test(r7)) && (n2 = r7.trim());
          }
          return { type: "heading", raw: C(t2[0], `
`), depth: t2[1].length, text: n2, tokens: this.lexer.inline(n2) };
        }
      }
      hr(e2) {
        let t2 = this.rules.block.hr.exec(e2);
        if (t2) return { type: "hr", raw: C(t2[0], `
`) };
      }
      blockquote(e2) {
        let t2 = this.rules.block.blockquote.exec(e2);
        if (t2) {
          let n2 = C(t2[0], `
`).split(`
`), r7 = "", s8 = "", o2 = [];
          for (; n2.length > 0; ) {
            let i2 = false, a2 = [], c2;
            for (c2 = 0; c2 < n2.length; c2++) if (this.rules.other.blockquoteStart.test(n2[c2])) a2.push(n2[c2]), i2 = true;
            else if (!i2) a2.push(n2[c2]);
            else break;
            n2 = n2.slice(c2);
            let u = a2.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
            r7 = r7 ? `${r7}
${u}` : u, s8 = s8 ? `${s8}
${d}` : d;
            let h = this.lexer.state.top;
            if (this.lexer.state.top = true, this.lexer.blockTokens(d, o2, true), this.lexer.state.top = h, n2.length === 0) break;
            let p = o2.at(-1);
            if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
            if (p?.type === "blockquote") {
              let k = p, m = n2.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
              o2[o2.length - 1] = f;
              let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n2.slice(0, -E) : n2;
              if (T.length > 0 && (r7 = `${r7}
${T.join(`
`)}`), s8 = s8.substring(0, s8.length - k.text.length) + f.text, n2 = n2.slice(T.length), n2.length > 0 && this.rules.other.blockquoteStart.test(n2[0])) continue;
              break;
            } else if (p?.type === "list") {
              let k = p, m = k.raw + `
` + n2.join(`
`), b = this.list(m);
              o2[o2.length - 1] = b;
              let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
              if (f > 0) {
                let R = n2.slice(0, f).join(`
`);
                r7 = `${r7}
${R}`, s8 = `${s8}
${R}`;
              }
              if (n2 = n2.slice(f), n2.length > 0 && !this.rules.other.blockquoteStart.test(n2[0])) break;
              continue;
            }
          }
          return { type: "blockquote", raw: r7, tokens: o2, text: s8 };
        }
      }
      list(e2) {
        let t2 = this.rules.block.list.exec(e2);
        if (t2) {
          if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e2)) return;
          let n2 = e2, r7 = () => n2.length - e2.length, s8 = t2[1].trim(), o2 = s8.length > 1, i2 = { type: "list", raw: "", ordered: o2, start: o2 ? +s8.slice(0, -1) : "", loose: false, items: [] };
          s8 = o2 ? `\\d{1,9}\\${s8.slice(-1)}` : `\\${s8}`, this.options.pedantic && (s8 = o2 ? s8 : "[*+-]");
          let a2 = this.rules.other.listItemRegex(s8), c2 = false;
          for (; e2; ) {
            let h = false, p = "";
            if (!(t2 = a2.exec(e2)) || this.rules.block.hr.test(e2)) break;
            let k = r7();
            e2 = e2.substring(t2[0].length);
            let m = t2[2].split(`
`, 1)[0], b = t2[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e2.split(`
`, 1)[0], E = !f.trim(), T = 0;
            if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e2 = e2.substring(R.length + 1), h = true), !h) {
              let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
              for (; e2; ) {
                let we = e2.split(`
`, 1)[0], Z;
                if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
                if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
                else {
                  if (E) break;
                  let $ = f;
                  if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                    let j;
                    for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                    if (!$.trim()) break;
                  }
                  if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
                  if (!this.options.pedantic && !le) {
                    let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                    if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
                  }
                  let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
                  p += `
` + je, le = true;
                }
                E = !R.trim(), e2 = e2.substring(we.length + 1), f = Z.slice(T);
              }
            }
            let U = n2.slice(k, r7());
            i2.loose || (c2 ? i2.loose = true : this.rules.other.doubleBlankLine.test(U) && (c2 = true)), i2.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
          }
          let u = i2.items.at(-1);
          if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
          else return;
          i2.raw = n2.slice(0, r7()).trimEnd();
          let d = [];
          for (let h of i2.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i2.loose) {
            let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
            i2.loose = k;
          }
          for (let h = 0; h < i2.items.length; h++) {
            let p = i2.items[h], k = p.tokens[0];
            if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
              p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
              let m = this.lexer.inlineQueue;
              for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
                m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
                break;
              }
              let b = this.rules.other.listTaskCheckbox.exec(p.raw);
              if (b) {
                let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
                p.checked = f.checked, i2.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
              }
            } else p.task && (p.task = false);
          }
          if (i2.loose) for (let h of i2.items) {
            h.loose = true;
            for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
          }
          return i2;
        }
      }
      html(e2) {
        let t2 = this.rules.block.html.exec(e2);
        if (t2) {
          if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e2)) return;
          let n2 = Re(t2[0]);
          return { type: "html", block: true, raw: n2, pre: t2[1] === "pre" || t2[1] === "script" || t2[1] === "style", text: n2 };
        }
      }
      def(e2) {
        let t2 = this.rules.block.def.exec(e2);
        if (t2) {
          if (!this.rules.other.startAngleBracket.test(t2[2]) && Te(t2[2], "()") !== -1) return;
          let n2 = W(t2[1]), r7 = t2[2] ? t2[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s8 = t2[3] ? t2[3].substring(1, t2[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t2[3];
          return { type: "def", tag: n2, raw: C(t2[0], `
`), href: r7, title: s8 };
        }
      }
      table(e2) {
        let t2 = this.rules.block.table.exec(e2);
        if (!t2 || !this.rules.other.tableDelimiter.test(t2[2])) return;
        let n2 = be(t2[1]), r7 = t2[2].replace(this.rules.other.tableAlignChars, "").split("|"), s8 = t2[3]?.trim() ? t2[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o2 = { type: "table", raw: C(t2[0], `
`), header: [], align: [], rows: [] };
        if (n2.length === r7.length) {
          for (let i2 of r7) this.rules.other.tableAlignRight.test(i2) ? o2.align.push("right") : this.rules.other.tableAlignCenter.test(i2) ? o2.align.push("center") : this.rules.other.tableAlignLeft.test(i2) ? o2.align.push("left") : o2.align.push(null);
          for (let i2 = 0; i2 < n2.length; i2++) o2.header.push({ text: n2[i2], tokens: this.lexer.inline(n2[i2]), header: true, align: o2.align[i2] });
          for (let i2 of s8) o2.rows.push(be(i2, o2.header.length).map((a2, c2) => ({ text: a2, tokens: this.lexer.inline(a2), header: false, align: o2.align[c2] })));
          return o2;
        }
      }
      lheading(e2) {
        let t2 = this.rules.block.lheading.exec(e2);
        if (t2) {
          let n2 = t2[1].trim();
          return { type: "heading", raw: C(t2[0], `
`), depth: t2[2].charAt(0) === "=" ? 1 : 2, text: n2, tokens: this.lexer.inline(n2) };
        }
      }
      paragraph(e2) {
        let t2 = this.rules.block.paragraph.exec(e2);
        if (t2) {
          let n2 = t2[1].charAt(t2[1].length - 1) === `
` ? t2[1].slice(0, -1) : t2[1];
          return { type: "paragraph", raw: t2[0], text: n2, tokens: this.lexer.inline(n2) };
        }
      }
      text(e2) {
        let t2 = this.rules.block.text.exec(e2);
        if (t2) return { type: "text", raw: t2[0], text: t2[0], tokens: this.lexer.inline(t2[0]) };
      }
      escape(e2) {
        if (e2.charCodeAt(0) !== 92) return;
        let t2 = this.rules.inline.escape.exec(e2);
        if (t2) return { type: "escape", raw: t2[0], text: t2[1] };
      }
      tag(e2) {
        if (e2.charCodeAt(0) !== 60) return;
        let t2 = this.rules.inline.tag.exec(e2);
        if (t2) return !this.lexer.state.inLink && this.rules.other.startATag.test(t2[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t2[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t2[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t2[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t2[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t2[0] };
      }
      link(e2) {
        if (this.lexer.state.linkParenPossible === false) return;
        let t2 = e2.charCodeAt(0);
        if (t2 !== 91 && t2 !== 33) return;
        let n2 = this.rules.inline.link.exec(e2);
        if (n2) {
          let r7 = n2[0].charAt(0) === "!" ? 2 : 1;
          if (!this.options.pedantic && Ze(e2, n2[1], r7, this.rules)) return;
          let s8 = n2[2].trim();
          if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s8)) {
            if (!this.rules.other.endAngleBracket.test(s8)) return;
            let c2 = C(s8.slice(0, -1), "\\");
            if ((s8.length - c2.length) % 2 === 0) return;
          } else {
            let c2 = Te(n2[2], "()");
            if (c2 === -2) return;
            if (c2 > -1) {
              let d = (n2[0].indexOf("!") === 0 ? 5 : 4) + n2[1].length + c2;
              n2[2] = n2[2].substring(0, c2), n2[0] = n2[0].substring(0, d).trim(), n2[3] = "";
            }
          }
          let o2 = C(n2[0].slice(0, -1), "\\");
          if ((n2[0].length - o2.length) % 2 === 0) return;
          let i2 = n2[2], a2 = "";
          if (this.options.pedantic) {
            let c2 = this.rules.other.pedanticHrefTitle.exec(i2);
            c2 && (i2 = c2[1], a2 = c2[3]);
          } else a2 = n2[3] ? n2[3].slice(1, -1) : "";
          return i2 = i2.trim(), this.rules.other.startAngleBracket.test(i2) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s8) ? i2 = i2.slice(1) : i2 = i2.slice(1, -1)), He(n2, { href: i2 && i2.replace(this.rules.inline.anyPunctuation, "$1"), title: a2 && a2.replace(this.rules.inline.anyPunctuation, "$1") }, n2[0], this.lexer, this.rules);
        }
      }
      reflink(e2, t2) {
        let n2 = e2.charCodeAt(0);
        if (n2 !== 91 && n2 !== 33) return;
        let r7;
        if ((r7 = this.rules.inline.reflink.exec(e2)) || (r7 = this.rules.inline.nolink.exec(e2))) {
          let s8 = r7[0].charAt(0) === "!" ? 2 : 1;
          if (!this.options.pedantic && Ze(e2, r7[1], s8, this.rules)) return;
          let o2 = t2[W(r7[2] || r7[1])];
          if (!o2) {
            let i2 = r7[0].charAt(0);
            return { type: "text", raw: i2, text: i2 };
          }
          return He(r7, o2, r7[0], this.lexer, this.rules);
        }
      }
      emStrong(e2, t2, n2 = "") {
        let r7 = this.rules.inline.emStrongLDelim.exec(e2);
        if (!r7 || !r7[1] && !r7[2] && !r7[3] && !r7[4]) return;
        let s8 = r7[0][0], o2 = n2 === s8, i2 = t2.length - e2.length, a2 = i2;
        for (; !this.options.pedantic && a2 > 0 && t2[a2 - 1] === s8; ) a2--;
        let c2 = [...t2.slice(Math.max(0, a2 - 2), a2)].at(-1) ?? "", u = c2 === "*" || c2 === "_" || !!this.rules.inline.punctuation.exec(c2);
        a2 < i2 && (n2 = c2);
        let d = a2 < i2 ? u : n2 === "*" || n2 === "_" || !!this.rules.inline.punctuation.exec(n2);
        if (r7[4] && n2.match(this.rules.other.unicodeAlphaNumeric)) return;
        let h = r7[1] || r7[3] || "";
        if (!h || !n2 || d) {
          let p = [...r7[0]].length - 1, k, m, b = p, f = 0, R = i2 - a2 + p, E = !this.options.pedantic && !!c2.trim() && (!!h || s8 === "*" && !u);
          if (s8 !== "*" && s8 !== "_") return;
          let T = s8 === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t2, s8), H = t2.length - e2.length + p;
          if (U < H) return;
          t2 = t2.slice(-1 * e2.length + p);
          let K = U - H;
          for (T.lastIndex = 0; (r7 = T.exec(t2)) !== null && !(r7.index > K); ) {
            if (k = r7[1] || r7[2] || r7[3] || r7[4] || r7[5] || r7[6], !k) continue;
            if (m = [...k].length, r7[3] || r7[4]) {
              b += m;
              continue;
            } else if ((r7[5] || r7[6] || E) && R % 3 && !((R + m) % 3)) {
              if (o2 && (r7[5] || r7[6])) break;
              f += m;
              continue;
            }
            if (b -= m, b > 0) continue;
            m = Math.min(m, m + b + f);
            let re = [...r7[0]][0].length, B = e2.slice(0, p + r7.index + re + m);
            if (Math.min(p, m) % 2) {
              let se = B.slice(1, -1);
              return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
            }
            let X = B.slice(2, -2);
            return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
          }
        }
      }
      codespan(e2) {
        if (e2.charCodeAt(0) !== 96) return;
        let t2 = this.rules.inline.code.exec(e2);
        if (t2) {
          let n2 = t2[2].replace(this.rules.other.newLineCharGlobal, " "), r7 = this.rules.other.nonSpaceChar.test(n2), s8 = this.rules.other.startingSpaceChar.test(n2) && this.rules.other.endingSpaceChar.test(n2);
          return r7 && s8 && (n2 = n2.substring(1, n2.length - 1)), { type: "codespan", raw: t2[0], text: n2 };
        }
      }
      br(e2) {
        let t2 = e2.charCodeAt(0);
        if (t2 !== 32 && t2 !== 92 && t2 !== 10) return;
        let n2 = this.rules.inline.br.exec(e2);
        if (n2) return { type: "br", raw: n2[0] };
      }
      del(e2, t2, n2 = "") {
        if (e2.charCodeAt(0) !== 126) return;
        let r7 = this.rules.inline.delLDelim.exec(e2);
        if (!r7) return;
        if (!(r7[1] || "") || !n2 || this.rules.inline.punctuation.exec(n2)) {
          let o2 = [...r7[0]].length - 1, i2, a2, c2 = o2, u = this.rules.inline.delRDelim, d = ae(this, t2), h = t2.length - e2.length + o2;
          if (d < h) return;
          t2 = t2.slice(-1 * e2.length + o2);
          let p = d - h;
          for (u.lastIndex = 0; (r7 = u.exec(t2)) !== null && !(r7.index > p); ) {
            if (i2 = r7[1] || r7[2] || r7[3] || r7[4] || r7[5] || r7[6], !i2 || (a2 = [...i2].length, a2 !== o2)) continue;
            if (r7[3] || r7[4]) {
              c2 += a2;
              continue;
            }
            if (c2 -= a2, c2 > 0) continue;
            a2 = Math.min(a2, a2 + c2);
            let k = [...r7[0]][0].length, m = e2.slice(0, o2 + r7.index + k + a2), b = m.slice(o2, -o2);
            return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
          }
        }
      }
      autolink(e2) {
        if (e2.charCodeAt(0) !== 60) return;
        let t2 = this.rules.inline.autolink.exec(e2);
        if (t2) {
          let n2, r7;
          return t2[2] === "@" ? (n2 = t2[1], r7 = "mailto:" + n2) : (n2 = t2[1], r7 = n2), { type: "link", raw: t2[0], text: n2, href: r7, autolink: true, tokens: [{ type: "text", raw: n2, text: n2 }] };
        }
      }
      url(e2) {
        let t2;
        if (t2 = this.rules.inline.url.exec(e2)) {
          let n2, r7;
          if (t2[2] === "@") n2 = t2[0], r7 = "mailto:" + n2;
          else {
            let s8;
            do
              s8 = t2[0], t2[0] = this.rules.inline._backpedal.exec(t2[0])?.[0] ?? "";
            while (s8 !== t2[0]);
            n2 = t2[0], t2[1] === "www." ? r7 = "http://" + t2[0] : r7 = t2[0];
          }
          return { type: "link", raw: t2[0], text: n2, href: r7, autolink: true, tokens: [{ type: "text", raw: n2, text: n2 }] };
        }
      }
      inlineText(e2) {
        let t2 = this.rules.inline.text.exec(e2);
        if (t2) {
          let n2 = this.lexer.state.inRawBlock;
          return { type: "text", raw: t2[0], text: n2 ? t2[0] : De(t2[0]), escaped: n2 };
        }
      }
    };
    w = class l {
      tokens;
      options;
      state;
      inlineQueue;
      tokenizer;
      constructor(e2) {
        this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e2 || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
        let t2 = { other: O, block: ee.normal, inline: F.normal };
        this.options.pedantic ? (t2.block = ee.pedantic, t2.inline = F.pedantic) : this.options.gfm && (t2.block = ee.gfm, this.options.breaks ? t2.inline = F.breaks : t2.inline = F.gfm), this.tokenizer.rules = t2;
      }
      static get rules() {
        return { block: ee, inline: F };
      }
      static lex(e2, t2) {
        return new l(t2).lex(e2);
      }
      static lexInline(e2, t2) {
        return new l(t2).inlineTokens(e2);
      }
      lex(e2) {
        e2 = e2.replace(O.carriageReturn, `
`), this.blockTokens(e2, this.tokens);
        for (let t2 = 0; t2 < this.inlineQueue.length; t2++) {
          let n2 = this.inlineQueue[t2];
          this.state.inRawBlock = false, this.inlineTokens(n2.src, n2.tokens);
        }
        return this.inlineQueue = [], this.tokens;
      }
      blockTokens(e2, t2 = [], n2 = false) {
        this.tokenizer.lexer = this;
        let r7 = this.state.lastToken;
        this.options.pedantic && (e2 = e2.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
        let s8 = 1 / 0, o2, i2 = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
        for (; e2; ) {
          if (e2.length < s8) s8 = e2.length;
          else {
            this.infiniteLoopError(e2.charCodeAt(0));
            break;
          }
          this.state.lastToken = t2.at(-1);
          let a2;
          if (this.options.extensions?.block?.some((u) => (a2 = u.call({ lexer: this }, e2, t2)) ? (e2 = e2.substring(a2.raw.length), t2.push(a2), true) : false)) continue;
          if (a2 = this.tokenizer.space(e2)) {
            e2 = e2.substring(a2.raw.length);
            let u = t2.at(-1);
            a2.raw.length === 1 && u !== void 0 ? u.raw += `
` : t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.code(e2)) {
            e2 = e2.substring(a2.raw.length);
            let u = t2.at(-1);
            u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.text, this.inlineQueue.at(-1).src = u.text) : t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.fences(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.heading(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.hr(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.blockquote(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.list(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.html(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.def(e2)) {
            e2 = e2.substring(a2.raw.length);
            let u = t2.at(-1);
            u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a2.tag] || (this.tokens.links[a2.tag] = { href: a2.href, title: a2.title }), t2.push(a2));
            continue;
          }
          if (a2 = this.tokenizer.table(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          if (a2 = this.tokenizer.lheading(e2)) {
            e2 = e2.substring(a2.raw.length), t2.push(a2);
            continue;
          }
          let c2 = e2;
          if (this.options.extensions?.startBlock) {
            let u = 1 / 0, d = e2.slice(1), h;
            this.options.extensions.startBlock.forEach((p) => {
              h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
            }), u < 1 / 0 && u >= 0 && (c2 = e2.substring(0, u + 1));
          }
          if (this.state.top && (a2 = this.tokenizer.paragraph(c2))) {
            let u = t2.at(-1);
            (n2 || u === o2 && i2) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o2 = u) : (t2.push(a2), o2 = a2), n2 = c2.length !== e2.length, e2 = e2.substring(a2.raw.length);
            continue;
          }
          if (a2 = this.tokenizer.text(e2)) {
            e2 = e2.substring(a2.raw.length);
            let u = t2.at(-1);
            u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a2.raw, u.text += `
` + a2.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t2.push(a2);
            continue;
          }
          if (e2) {
            this.infiniteLoopError(e2.charCodeAt(0));
            break;
          }
        }
        return this.state.top = true, this.state.lastToken = r7, t2;
      }
      inline(e2, t2 = []) {
        return this.inlineQueue.push({ src: e2, tokens: t2 }), t2;
      }
      linkInText(e2) {
        if (!e2.includes("[")) return false;
        let t2 = this.tokenizer.rules.inline.link;
        for (let n2 of e2.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t2.test(n2[0]) && e2.charAt(n2.index - 1) !== "!") return true;
        for (let n2 of e2.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
          let r7 = n2[0], s8 = r7.lastIndexOf("[");
          if (!(r7.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r7.slice(s8 + 1, -1)))) && !(s8 > 1 && this.linkInText(r7.slice(1, s8 - 1)))) return true;
        }
        return false;
      }
      inlineTokens(e2, t2 = []) {
        this.tokenizer.lexer = this;
        let n2 = this.state.linkParenPossible;
        this.state.linkParenPossible = e2.includes(")");
        try {
          return this.#t(e2, t2);
        } finally {
          this.state.linkParenPossible = n2;
        }
      }
      #t(e2, t2) {
        let n2 = e2.includes("*") || e2.includes("_") || e2.includes("~"), r7 = n2 || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e2) : e2;
        if (!n2) return this.#e(e2, r7, t2);
        qe(this.tokenizer, r7);
        try {
          return this.#e(e2, r7, t2);
        } finally {
          ve(this.tokenizer);
        }
      }
      #e(e2, t2, n2) {
        let r7 = false, s8 = "", o2 = 1 / 0;
        for (; e2; ) {
          if (e2.length < o2) o2 = e2.length;
          else {
            this.infiniteLoopError(e2.charCodeAt(0));
            break;
          }
          r7 || (s8 = ""), r7 = false;
          let i2;
          if (this.options.extensions?.inline?.some((u) => (i2 = u.call({ lexer: this }, e2, n2)) ? (e2 = e2.substring(i2.raw.length), n2.push(i2), true) : false)) continue;
          if (i2 = this.tokenizer.escape(e2)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.tag(e2)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.link(e2)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.reflink(e2, this.tokens.links)) {
            e2 = e2.substring(i2.raw.length);
            let u = n2.at(-1);
            i2.type === "text" && u?.type === "text" ? (u.raw += i2.raw, u.text += i2.text) : n2.push(i2);
            continue;
          }
          let a2 = e2[0];
          if (a2 === "*" || a2 === "_") {
            let u = t2.length - e2.length;
            if (oe(this.tokenizer, t2, a2) <= u) {
              let h = 1;
              for (; h < e2.length && e2.charCodeAt(h) === a2.charCodeAt(0); ) h++;
              let p = e2.substring(0, h), k = n2.at(-1);
              k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n2.push({ type: "text", raw: p, text: p, escaped: false }), e2 = e2.substring(h), s8 = a2, r7 = true;
              continue;
            }
          } else if (a2 === "~") {
            let u = t2.length - e2.length;
            if (ae(this.tokenizer, t2) <= u) {
              let h = 1;
              for (; h < e2.length && e2.charCodeAt(h) === 126; ) h++;
              let p = e2.substring(0, h), k = n2.at(-1);
              k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n2.push({ type: "text", raw: p, text: p, escaped: false }), e2 = e2.substring(h), s8 = a2, r7 = true;
              continue;
            }
          }
          if (i2 = this.tokenizer.emStrong(e2, t2, s8)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.codespan(e2)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.br(e2)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.del(e2, t2, s8)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (i2 = this.tokenizer.autolink(e2)) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          if (!this.state.inLink && (i2 = this.tokenizer.url(e2))) {
            e2 = e2.substring(i2.raw.length), n2.push(i2);
            continue;
          }
          let c2 = e2;
          if (this.options.extensions?.startInline) {
            let u = 1 / 0, d = e2.slice(1), h;
            this.options.extensions.startInline.forEach((p) => {
              h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
            }), u < 1 / 0 && u >= 0 && (c2 = e2.substring(0, u + 1));
          }
          if (i2 = this.tokenizer.inlineText(c2)) {
            e2 = e2.substring(i2.raw.length), i2.raw.slice(-1) !== "_" && (s8 = i2.raw.slice(-1)), r7 = true;
            let u = n2.at(-1);
            u?.type === "text" ? (u.raw += i2.raw, u.text += i2.text) : n2.push(i2);
            continue;
          }
          if (e2) {
            this.infiniteLoopError(e2.charCodeAt(0));
            break;
          }
        }
        return n2;
      }
      #n(e2) {
        let { blockSkip: t2, tag: n2, autolink: r7 } = this.tokenizer.rules.inline, s8 = "", o2 = 0, i2;
        for (t2.lastIndex = 0; i2 = t2.exec(e2); ) {
          let a2 = i2.index + (i2[2] ? i2[2].length : 0), c2 = i2.index + i2[0].length;
          if (e2.charAt(a2) === "<") {
            let u = e2.slice(a2), d = n2.exec(u) || r7.exec(u);
            if (!d) {
              t2.lastIndex = a2 + 1;
              continue;
            }
            c2 = a2 + d[0].length, t2.lastIndex = c2;
          }
          s8 += e2.slice(o2, a2) + "[" + "a".repeat(c2 - a2 - 2) + "]", o2 = c2;
        }
        return s8 + e2.slice(o2);
      }
      #r(e2) {
        let t2 = e2;
        if (this.tokens.links && e2.includes("[")) {
          let n2 = this.tokenizer.rules.inline.reflinkSearch, r7 = (s8) => {
            let o2 = s8.lastIndexOf("[");
            if (!Object.hasOwn(this.tokens.links, W(s8.slice(o2 + 1, -1)))) return s8;
            if (o2 > 1 && s8.charAt(0) !== "!") {
              let i2 = s8.slice(1, o2 - 1);
              if (this.linkInText(i2)) return "[" + i2.replace(n2, r7) + "][" + "a".repeat(s8.length - o2 - 2) + "]";
            }
            return "[" + "a".repeat(s8.length - 2) + "]";
          };
          t2 = t2.replace(n2, r7);
        }
        return t2 = t2.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n2, r7, s8) => s8 ? "+".repeat(n2.length) : r7 ? r7 + n2.slice(r7.length, -r7.length).replace(/`/g, "+") + r7 : n2), t2 = this.#n(t2), t2 = this.options.hooks?.emStrongMask?.call({ lexer: this }, t2) ?? t2, t2;
      }
      infiniteLoopError(e2) {
        let t2 = "Infinite loop on byte: " + e2;
        if (this.options.silent) console.error(t2);
        else throw new Error(t2);
      }
    };
    I = class {
      options;
      parser;
      constructor(e2) {
        this.options = e2 || S;
      }
      space(e2) {
        return "";
      }
      code({ text: e2, lang: t2, escaped: n2 }) {
        let r7 = (t2 || "").match(O.notSpaceStart)?.[0], s8 = e2 ? e2.replace(O.endingNewline, "") + `
` : "";
        return r7 ? '<pre><code class="language-' + y(r7) + '">' + (n2 ? s8 : y(s8, true)) + `</code></pre>
` : "<pre><code>" + (n2 ? s8 : y(s8, true)) + `</code></pre>
`;
      }
      blockquote({ tokens: e2 }) {
        return `<blockquote>
${this.parser.parse(e2)}</blockquote>
`;
      }
      html({ text: e2 }) {
        return e2;
      }
      def(e2) {
        return "";
      }
      heading({ tokens: e2, depth: t2 }) {
        return `<h${t2}>${this.parser.parseInline(e2)}</h${t2}>
`;
      }
      hr(e2) {
        return `<hr>
`;
      }
      list(e2) {
        let t2 = e2.ordered, n2 = e2.start, r7 = "";
        for (let i2 = 0; i2 < e2.items.length; i2++) {
          let a2 = e2.items[i2];
          r7 += this.listitem(a2);
        }
        let s8 = t2 ? "ol" : "ul", o2 = t2 && n2 !== 1 ? ' start="' + n2 + '"' : "";
        return "<" + s8 + o2 + `>
` + r7 + "</" + s8 + `>
`;
      }
      listitem(e2) {
        return `<li>${this.parser.parse(e2.tokens)}</li>
`;
      }
      checkbox({ checked: e2 }) {
        return "<input " + (e2 ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
      }
      paragraph({ tokens: e2 }) {
        return `<p>${this.parser.parseInline(e2)}</p>
`;
      }
      table(e2) {
        let t2 = "", n2 = "";
        for (let s8 = 0; s8 < e2.header.length; s8++) n2 += this.tablecell(e2.header[s8]);
        t2 += this.tablerow({ text: n2 });
        let r7 = "";
        for (let s8 = 0; s8 < e2.rows.length; s8++) {
          let o2 = e2.rows[s8];
          n2 = "";
          for (let i2 = 0; i2 < o2.length; i2++) n2 += this.tablecell(o2[i2]);
          r7 += this.tablerow({ text: n2 });
        }
        return r7 && (r7 = `<tbody>${r7}</tbody>`), `<table>
<thead>
` + t2 + `</thead>
` + r7 + `</table>
`;
      }
      tablerow({ text: e2 }) {
        return `<tr>
${e2}</tr>
`;
      }
      tablecell(e2) {
        let t2 = this.parser.parseInline(e2.tokens), n2 = e2.header ? "th" : "td";
        return (e2.align ? `<${n2} align="${e2.align}">` : `<${n2}>`) + t2 + `</${n2}>
`;
      }
      strong({ tokens: e2 }) {
        return `<strong>${this.parser.parseInline(e2)}</strong>`;
      }
      em({ tokens: e2 }) {
        return `<em>${this.parser.parseInline(e2)}</em>`;
      }
      codespan({ text: e2 }) {
        return `<code>${y(e2, true)}</code>`;
      }
      br(e2) {
        return "<br>";
      }
      del({ tokens: e2 }) {
        return `<del>${this.parser.parseInline(e2)}</del>`;
      }
      link({ href: e2, title: t2, text: n2, tokens: r7, autolink: s8 }) {
        let o2 = s8 ? y(n2, true) : this.parser.parseInline(r7), i2 = xe(e2);
        if (i2 === null) return o2;
        e2 = y(i2, s8);
        let a2 = '<a href="' + e2 + '"';
        return t2 && (a2 += ' title="' + y(t2) + '"'), a2 += ">" + o2 + "</a>", a2;
      }
      image({ href: e2, title: t2, text: n2, tokens: r7 }) {
        r7 && (n2 = this.parser.parseInline(r7, this.parser.textRenderer));
        let s8 = xe(e2);
        if (s8 === null) return y(n2);
        e2 = s8;
        let o2 = `<img src="${y(e2)}" alt="${y(n2)}"`;
        return t2 && (o2 += ` title="${y(t2)}"`), o2 += ">", o2;
      }
      text(e2) {
        return "tokens" in e2 && e2.tokens ? this.parser.parseInline(e2.tokens) : "escaped" in e2 && e2.escaped ? e2.text : y(e2.text);
      }
    };
    z = class {
      parser;
      strong({ text: e2, tokens: t2 }) {
        return t2 ? this.parser.parseInline(t2, this) : e2;
      }
      em({ text: e2, tokens: t2 }) {
        return t2 ? this.parser.parseInline(t2, this) : e2;
      }
      codespan({ text: e2 }) {
        return e2;
      }
      del({ text: e2, tokens: t2 }) {
        return t2 ? this.parser.parseInline(t2, this) : e2;
      }
      html({ text: e2 }) {
        return e2;
      }
      text({ text: e2 }) {
        return e2;
      }
      link({ text: e2, tokens: t2 }) {
        return t2 ? this.parser.parseInline(t2, this) : e2;
      }
      image({ text: e2, tokens: t2 }) {
        return t2 ? this.parser.parseInline(t2, this) : e2;
      }
      br() {
        return `
`;
      }
      checkbox({ raw: e2 }) {
        return e2;
      }
    };
    P = class l2 {
      options;
      renderer;
      textRenderer;
      constructor(e2) {
        this.options = e2 || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
      }
      static parse(e2, t2) {
        return new l2(t2).parse(e2);
      }
      static parseInline(e2, t2) {
        return new l2(t2).parseInline(e2);
      }
      parse(e2) {
        this.renderer.parser = this;
        let t2 = "";
        for (let n2 = 0; n2 < e2.length; n2++) {
          let r7 = e2[n2];
          if (this.options.extensions?.renderers?.[r7.type]) {
            let o2 = r7, i2 = this.options.extensions.renderers[o2.type].call({ parser: this }, o2);
            if (i2 !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o2.type)) {
              t2 += i2 === false ? "" : i2 ?? "";
              continue;
            }
          }
          let s8 = r7;
          switch (s8.type) {
            case "space": {
              t2 += this.renderer.space(s8);
              break;
            }
            case "hr": {
              t2 += this.renderer.hr(s8);
              break;
            }
            case "heading": {
              t2 += this.renderer.heading(s8);
              break;
            }
            case "code": {
              t2 += this.renderer.code(s8);
              break;
            }
            case "table": {
              t2 += this.renderer.table(s8);
              break;
            }
            case "blockquote": {
              t2 += this.renderer.blockquote(s8);
              break;
            }
            case "list": {
              t2 += this.renderer.list(s8);
              break;
            }
            case "checkbox": {
              t2 += this.renderer.checkbox(s8);
              break;
            }
            case "html": {
              t2 += this.renderer.html(s8);
              break;
            }
            case "def": {
              t2 += this.renderer.def(s8);
              break;
            }
            case "paragraph": {
              t2 += this.renderer.paragraph(s8);
              break;
            }
            case "text": {
              t2 += this.renderer.text(s8);
              break;
            }
            default: {
              let o2 = 'Token with "' + s8.type + '" type was not found.';
              if (this.options.silent) return console.error(o2), "";
              throw new Error(o2);
            }
          }
        }
        return t2;
      }
      parseInline(e2, t2 = this.renderer) {
        this.renderer.parser = this;
        let n2 = "";
        for (let r7 = 0; r7 < e2.length; r7++) {
          let s8 = e2[r7];
          if (this.options.extensions?.renderers?.[s8.type]) {
            let i2 = this.options.extensions.renderers[s8.type].call({ parser: this }, s8);
            if (i2 !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s8.type)) {
              n2 += i2 === false ? "" : i2 ?? "";
              continue;
            }
          }
          let o2 = s8;
          switch (o2.type) {
            case "escape": {
              n2 += t2.text(o2);
              break;
            }
            case "html": {
              n2 += t2.html(o2);
              break;
            }
            case "link": {
              n2 += t2.link(o2);
              break;
            }
            case "image": {
              n2 += t2.image(o2);
              break;
            }
            case "checkbox": {
              n2 += t2.checkbox(o2);
              break;
            }
            case "strong": {
              n2 += t2.strong(o2);
              break;
            }
            case "em": {
              n2 += t2.em(o2);
              break;
            }
            case "codespan": {
              n2 += t2.codespan(o2);
              break;
            }
            case "br": {
              n2 += t2.br(o2);
              break;
            }
            case "del": {
              n2 += t2.del(o2);
              break;
            }
            case "text": {
              n2 += t2.text(o2);
              break;
            }
            default: {
              let i2 = 'Token with "' + o2.type + '" type was not found.';
              if (this.options.silent) return console.error(i2), "";
              throw new Error(i2);
            }
          }
        }
        return n2;
      }
    };
    A = class {
      options;
      block;
      constructor(e2) {
        this.options = e2 || S;
      }
      static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
      static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
      preprocess(e2) {
        return e2;
      }
      postprocess(e2) {
        return e2;
      }
      processAllTokens(e2) {
        return e2;
      }
      emStrongMask(e2) {
        return e2;
      }
      provideLexer(e2 = this.block) {
        return e2 ? w.lex : w.lexInline;
      }
      provideParser(e2 = this.block) {
        return e2 ? P.parse : P.parseInline;
      }
    };
    ne = class {
      defaults = G();
      options = this.setOptions;
      parse = this.parseMarkdown(true);
      parseInline = this.parseMarkdown(false);
      Parser = P;
      Renderer = I;
      TextRenderer = z;
      Lexer = w;
      Tokenizer = _;
      Hooks = A;
      constructor(...e2) {
        this.use(...e2);
      }
      walkTokens(e2, t2) {
        let n2 = [];
        for (let r7 of e2) switch (M(n2, t2.call(this, r7)), r7.type) {
          case "table": {
            let s8 = r7;
            for (let o2 of s8.header) M(n2, this.walkTokens(o2.tokens, t2));
            for (let o2 of s8.rows) for (let i2 of o2) M(n2, this.walkTokens(i2.tokens, t2));
            break;
          }
          case "list": {
            let s8 = r7;
            M(n2, this.walkTokens(s8.items, t2));
            break;
          }
          default: {
            let s8 = r7;
            this.defaults.extensions?.childTokens?.[s8.type] ? this.defaults.extensions.childTokens[s8.type].forEach((o2) => {
              let i2 = s8[o2].flat(1 / 0);
              M(n2, this.walkTokens(i2, t2));
            }) : s8.tokens && M(n2, this.walkTokens(s8.tokens, t2));
          }
        }
        return n2;
      }
      use(...e2) {
        let t2 = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
        return e2.forEach((n2) => {
          let r7 = { ...n2 };
          if (r7.async = this.defaults.async || r7.async || false, n2.extensions && (n2.extensions.forEach((s8) => {
            if (!s8.name) throw new Error("extension name required");
            if ("renderer" in s8) {
              let o2 = t2.renderers[s8.name];
              o2 ? t2.renderers[s8.name] = function(...i2) {
                let a2 = s8.renderer.apply(this, i2);
                return a2 === false && (a2 = o2.apply(this, i2)), a2;
              } : t2.renderers[s8.name] = s8.renderer;
            }
            if ("tokenizer" in s8) {
              if (!s8.level || s8.level !== "block" && s8.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
              let o2 = t2[s8.level];
              o2 ? o2.unshift(s8.tokenizer) : t2[s8.level] = [s8.tokenizer], s8.start && (s8.level === "block" ? t2.startBlock ? t2.startBlock.push(s8.start) : t2.startBlock = [s8.start] : s8.level === "inline" && (t2.startInline ? t2.startInline.push(s8.start) : t2.startInline = [s8.start]));
            }
            "childTokens" in s8 && s8.childTokens && (t2.childTokens[s8.name] = s8.childTokens);
          }), r7.extensions = t2), n2.renderer) {
            let s8 = this.defaults.renderer || new I(this.defaults);
            for (let o2 in n2.renderer) {
              if (!(o2 in s8)) throw new Error(`renderer '${o2}' does not exist`);
              if (["options", "parser"].includes(o2)) continue;
              let i2 = o2, a2 = n2.renderer[i2], c2 = s8[i2];
              s8[i2] = (...u) => {
                let d = a2.apply(s8, u);
                return d === false && (d = c2.apply(s8, u)), d === false ? "" : d ?? "";
              };
            }
            r7.renderer = s8;
          }
          if (n2.tokenizer) {
            let s8 = this.defaults.tokenizer || new _(this.defaults);
            for (let o2 in n2.tokenizer) {
              if (!(o2 in s8)) throw new Error(`tokenizer '${o2}' does not exist`);
              if (["options", "rules", "lexer"].includes(o2)) continue;
              let i2 = o2, a2 = n2.tokenizer[i2], c2 = s8[i2];
              s8[i2] = (...u) => {
                let d = a2.apply(s8, u);
                return d === false && (d = c2.apply(s8, u)), d;
              };
            }
            r7.tokenizer = s8;
          }
          if (n2.hooks) {
            let s8 = this.defaults.hooks || new A();
            for (let o2 in n2.hooks) {
              if (!(o2 in s8)) throw new Error(`hook '${o2}' does not exist`);
              if (["options", "block"].includes(o2)) continue;
              let i2 = o2, a2 = n2.hooks[i2], c2 = s8[i2];
              A.passThroughHooks.has(o2) ? s8[i2] = (u) => {
                if (s8.options.async && A.passThroughHooksRespectAsync.has(o2)) return (async () => {
                  let h = await a2.call(s8, u);
                  return c2.call(s8, h);
                })();
                let d = a2.call(s8, u);
                return c2.call(s8, d);
              } : s8[i2] = (...u) => {
                if (s8.options.async) return (async () => {
                  let h = await a2.apply(s8, u);
                  return h === false && (h = await c2.apply(s8, u)), h;
                })();
                let d = a2.apply(s8, u);
                return d === false && (d = c2.apply(s8, u)), d;
              };
            }
            r7.hooks = s8;
          }
          if (n2.walkTokens) {
            let s8 = this.defaults.walkTokens, o2 = n2.walkTokens;
            r7.walkTokens = function(i2) {
              let a2 = [];
              return M(a2, o2.call(this, i2)), s8 && M(a2, s8.call(this, i2)), a2;
            };
          }
          this.defaults = { ...this.defaults, ...r7 };
        }), this;
      }
      setOptions(e2) {
        return this.defaults = { ...this.defaults, ...e2 }, this;
      }
      lexer(e2, t2) {
        return w.lex(e2, t2 ?? this.defaults);
      }
      parser(e2, t2) {
        return P.parse(e2, t2 ?? this.defaults);
      }
      parseMarkdown(e2) {
        return (n2, r7) => {
          let s8 = { ...r7 }, o2 = { ...this.defaults, ...s8 }, i2 = this.onError(!!o2.silent, !!o2.async);
          if (this.defaults.async === true && s8.async === false) return i2(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
          if (typeof n2 > "u" || n2 === null) return i2(new Error("marked(): input parameter is undefined or null"));
          if (typeof n2 != "string") return i2(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n2) + ", string expected"));
          if (o2.hooks && (o2.hooks.options = o2, o2.hooks.block = e2), o2.async) return (async () => {
            let a2 = o2.hooks ? await o2.hooks.preprocess(n2) : n2, u = await (o2.hooks ? await o2.hooks.provideLexer(e2) : e2 ? w.lex : w.lexInline)(a2, o2), d = o2.hooks ? await o2.hooks.processAllTokens(u) : u;
            o2.walkTokens && await Promise.all(this.walkTokens(d, o2.walkTokens));
            let p = await (o2.hooks ? await o2.hooks.provideParser(e2) : e2 ? P.parse : P.parseInline)(d, o2);
            return o2.hooks ? await o2.hooks.postprocess(p) : p;
          })().catch(i2);
          try {
            o2.hooks && (n2 = o2.hooks.preprocess(n2));
            let c2 = (o2.hooks ? o2.hooks.provideLexer(e2) : e2 ? w.lex : w.lexInline)(n2, o2);
            o2.hooks && (c2 = o2.hooks.processAllTokens(c2)), o2.walkTokens && this.walkTokens(c2, o2.walkTokens);
            let d = (o2.hooks ? o2.hooks.provideParser(e2) : e2 ? P.parse : P.parseInline)(c2, o2);
            return o2.hooks && (d = o2.hooks.postprocess(d)), d;
          } catch (a2) {
            return i2(a2);
          }
        };
      }
      onError(e2, t2) {
        return (n2) => {
          if (n2.message += `
Please report this to https://github.com/markedjs/marked.`, e2) {
            let r7 = "<p>An error occurred:</p><pre>" + y(n2.message + "", true) + "</pre>";
            return t2 ? Promise.resolve(r7) : r7;
          }
          if (t2) return Promise.reject(n2);
          throw n2;
        };
      }
    };
    v = new ne();
    x.options = x.setOptions = function(l4) {
      return v.setOptions(l4), x.defaults = v.defaults, ue(x.defaults), x;
    };
    x.getDefaults = G;
    x.defaults = S;
    x.use = jt;
    x.walkTokens = function(l4, e2) {
      return v.walkTokens(l4, e2);
    };
    x.parseInline = v.parseInline;
    x.Parser = P;
    x.parser = P.parse;
    x.Renderer = I;
    x.TextRenderer = z;
    x.Lexer = w;
    x.lexer = w.lex;
    x.Tokenizer = _;
    x.Hooks = A;
    x.parse = x;
    En = x.options;
    zn = x.setOptions;
    Mn = x.walkTokens;
    Bn = x.parseInline;
    qn = P.parse;
    vn = w.lex;
  }
});

// src/document/markdown-lexer.ts
function lexFresh(text) {
  return new w({ gfm: true }).blockTokens(text);
}
function copyOf(stretch) {
  return ` ${stretch}`.slice(1);
}
function startsOf(tokens, from) {
  const starts = new Array(tokens.length);
  let offset = from;
  for (let index = 0; index < tokens.length; index += 1) {
    starts[index] = offset;
    offset += tokens[index].raw.length;
  }
  return starts;
}
function lexWhole(text) {
  const tokens = lexFresh(text);
  return { text, tokens, starts: startsOf(tokens, 0) };
}
function startsAfresh(tokens, index) {
  if (index === 0) return true;
  if (tokens[index].type === "space") return false;
  const before = tokens[index - 1].type;
  return before !== "paragraph" && before !== "text";
}
function lineEnd(text, offset) {
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? Infinity : newline + 1;
}
function firstDifference(previous, from, text, shift) {
  const old = previous.text;
  let offset = from;
  const end = Math.min(old.length, text.length - shift);
  while (offset < end) {
    const next = Math.min(offset + CHUNK, end);
    if (old.slice(offset, next) !== text.slice(offset + shift, next + shift)) break;
    offset = next;
  }
  while (offset < end && old.charCodeAt(offset) === text.charCodeAt(offset + shift)) offset += 1;
  return offset;
}
function lexAfter(previous, text) {
  if (text === previous.text) return previous;
  const { tokens, starts } = previous;
  const count = tokens.length;
  const definition = text.indexOf("]:");
  const read = { text, tokens: [], starts: [] };
  const take = (from, to, shift2) => {
    for (let index2 = from; index2 < to; index2 += 1) {
      read.tokens.push(tokens[index2]);
      read.starts.push(starts[index2] + shift2);
    }
  };
  let index = 0;
  let shift = 0;
  for (; ; ) {
    const difference = firstDifference(previous, index === count ? previous.text.length : starts[index], text, shift);
    if (difference === previous.text.length && previous.text.length + shift === text.length) {
      take(index, count, shift);
      return read;
    }
    let restart = index;
    for (let next = index + 1; next < count && lineEnd(previous.text, starts[next]) <= difference; next += 1) {
      if (startsAfresh(tokens, next)) restart = next;
    }
    take(index, restart, shift);
    const from = restart === count ? previous.text.length + shift : starts[restart] + shift;
    const resumed = lexStretch(previous, text, { restart, from, difference, shift, definition });
    if (resumed === void 0) {
      if (definition !== -1) return lexWhole(text);
      const rest = lexFresh(copyOf(text.slice(from)));
      for (const token of rest) read.tokens.push(token);
      for (const start of startsOf(rest, from)) read.starts.push(start);
      return read;
    }
    for (const token of resumed.tokens) read.tokens.push(token);
    for (const start of resumed.starts) read.starts.push(start);
    index = resumed.index;
    shift = resumed.shift;
  }
}
function lexStretch(previous, text, { restart, from, difference, shift, definition }) {
  const { tokens, starts } = previous;
  let tries = 0;
  const searchFrom = difference + shift;
  for (let resume = restart + 1; resume < tokens.length && tries < MAX_TRIES; resume += 1) {
    const token = tokens[resume];
    if (starts[resume] <= difference || !startsAfresh(tokens, resume)) continue;
    const at2 = text.indexOf(token.raw, searchFrom);
    if (at2 === -1) continue;
    tries += 1;
    const end = Math.min(lineEnd(text, at2), text.length);
    if (definition !== -1 && definition < end) return void 0;
    const stretch = lexFresh(copyOf(text.slice(from, end)));
    const stretchStarts = startsOf(stretch, from);
    const meets = stretchStarts.indexOf(at2);
    if (meets === -1 || !startsAfresh(stretch, meets)) continue;
    return { tokens: stretch.slice(0, meets), starts: stretchStarts.slice(0, meets), index: resume, shift: at2 - starts[resume] };
  }
  return void 0;
}
var MAX_TRIES, CHUNK;
var init_markdown_lexer = __esm({
  "src/document/markdown-lexer.ts"() {
    "use strict";
    init_marked_esm();
    MAX_TRIES = 3;
    CHUNK = 512;
  }
});

// src/document/markdown.ts
function lineCount(text) {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count += 1;
  return count;
}
function boldHeading(text) {
  if (text === void 0) return void 0;
  const heading2 = readerHeading(text);
  return heading2 !== "" && looksLikeHeading(heading2) ? heading2 : void 0;
}
function accordionHeading(item) {
  const [first, ...rest] = item.tokens;
  if (first === void 0 || first.type !== "text" && first.type !== "paragraph" || first.raw.trim().includes("\n")) return void 0;
  if (!rest.some((token) => token.type === "paragraph" || token.type === "heading" || token.type === "table")) return void 0;
  const heading2 = readerHeading(first.raw);
  return heading2 !== "" && !heading2.endsWith(":") && looksLikeHeading(heading2) ? heading2 : void 0;
}
function movedItem(item, shift) {
  return item.kind === "block" ? { kind: "block", block: { raw: item.block.raw, line: item.block.line + shift } } : { ...item, line: item.line + shift };
}
function keepContainers(lead) {
  CONTAINER.lastIndex = 0;
  for (let kept = 0; kept < MAX_CONTAINERS; kept += 1) CONTAINER.exec(lead);
  return lead.slice(0, CONTAINER.lastIndex);
}
function capNesting(text) {
  if (!MAYBE_DEEP.test(text)) return text;
  return text.replace(/^[ \t]{33,}/gm, " ".repeat(MAX_INDENT)).replace(DEEP_CONTAINERS, keepContainers);
}
function parseMarkdown(text, overrides = new HeadingOverrideMatcher()) {
  const reader = new OutlineReader(overrides);
  reader.read(lexWhole(capNesting(text)).tokens, 1);
  return documentOf(reader);
}
function documentOf(reader) {
  const items = reader.items;
  const own = (item) => item.kind === "heading" && !reader.added.has(item);
  const title = takeTitle(items, own);
  if (reader.added.size > 0) {
    const ownLevels = items.filter(own).map((heading2) => heading2.level);
    const chapterDepth = ownLevels.length > 0 ? ownLevels.reduce((min, level) => Math.min(min, level)) : title === void 0 ? 1 : 2;
    for (const heading2 of reader.added) heading2.level = chapterDepth;
  }
  return buildDocument("markdown", title, items);
}
function topLevel(items, own) {
  const headings = items.filter(own);
  const depth = headings.reduce((min, heading2) => Math.min(min, heading2.level), Infinity);
  return { depth, headings: headings.filter((heading2) => heading2.level === depth) };
}
function takeTitle(items, own) {
  let title;
  const headings = items.filter(own);
  const first = headings[0];
  if (first !== void 0 && headings.length > 1) {
    const { depth, headings: top2 } = topLevel(items, own);
    const key2 = normalizeText(first.text);
    const copies = top2.filter((heading2) => normalizeText(heading2.text) === key2);
    if (first.level === depth && (copies.length === top2.length || normalizeText(headings[1].text) === key2)) {
      title = first.text;
      for (const copy of copies) items.splice(items.indexOf(copy), 1);
    }
  }
  const remaining = items.filter(own);
  if (remaining.length < 2) return title;
  const { headings: top } = topLevel(items, own);
  const wrapper = top[0];
  if (top.length !== 1 || wrapper !== remaining[0]) return title;
  const at2 = items.indexOf(wrapper);
  const next = items.findIndex((item, index) => index > at2 && item.kind === "heading");
  const ownText = items.slice(at2 + 1, next === -1 ? items.length : next).some((item) => item.kind === "block" && normalizeText(item.block.raw) !== "");
  if (ownText) return title;
  if (title === void 0) {
    items.splice(at2, 1);
    return wrapper.text;
  }
  items[at2] = { kind: "block", block: { raw: wrapper.text, line: wrapper.line } };
  return title;
}
var BULLET_AT, BOLD_ONLY, OutlineReader, MAX_INDENT, MAX_CONTAINERS, CONTAINER, DEEP_CONTAINERS, MAYBE_DEEP, NestingCap, MarkdownVersions;
var init_markdown = __esm({
  "src/document/markdown.ts"() {
    "use strict";
    init_normalize();
    init_outline();
    init_normalize();
    init_noise();
    init_plain();
    init_markdown_lexer();
    init_heading_overrides();
    BULLET_AT = new RegExp(BULLET.source.replace(/^\^/, ""), "y");
    BOLD_ONLY = /^(?:\*\*|__)([^*_\n]+?)(?:\*\*|__):?$/;
    OutlineReader = class {
      constructor(overrides) {
        this.overrides = overrides;
      }
      overrides;
      items = [];
      /** Headings the config adds; their level is known only once the document's chapter depth is. */
      added = /* @__PURE__ */ new Set();
      headingDepth = 0;
      /** Depth of the document's first heading: a list of accordion items under it is one level below it. */
      firstDepth = 0;
      /** An ATX heading with no text (`### `): the heading-like line right after it is what the page shows in it. */
      emptyHeading;
      /** What reading a token depends on besides the token and its line. */
      get state() {
        return `${this.headingDepth}/${this.firstDepth}/${this.emptyHeading === void 0 ? "" : `${this.emptyHeading.level}@${this.emptyHeading.line}`}`;
      }
      set state(value) {
        const [depth = "0", first = "0", empty = ""] = value.split("/");
        this.headingDepth = Number(depth);
        this.firstDepth = Number(first);
        const [level, line] = empty.split("@");
        this.emptyHeading = empty === "" ? void 0 : { level: Number(level), line: Number(line) };
      }
      /**
       * Tokens from line `firstLine` on. With `readings`, a token read before in the same state gives the items it gave
       * then: the same objects where it stands at the same line (nothing changes them), else copies moved to its line,
       * which are kept for the versions after; the others are put there.
       */
      read(tokens, firstLine, readings2) {
        let line = firstLine;
        for (const token of tokens) {
          const known = readings2?.get(token);
          if (known !== void 0 && known.depthBefore === this.state) {
            if (known.line !== line) {
              known.items = known.items.map((item) => movedItem(item, line - known.line));
              known.line = line;
            }
            for (const item of known.items) this.items.push(item);
            this.state = known.depthAfter;
            line += known.lines;
            continue;
          }
          const from = this.items.length;
          const depthBefore = this.state;
          this.readToken(token, line);
          const lines = lineCount(token.raw);
          readings2?.set(token, { line, depthBefore, depthAfter: this.state, lines, items: this.items.slice(from) });
          line += lines;
        }
      }
      block(raw, line) {
        const trimmed = raw.trim();
        if (trimmed !== "") this.items.push({ kind: "block", block: { raw: trimmed, line } });
      }
      /** Text of a paragraph or list item: each line that starts with a bullet starts an item of its own. */
      bulleted(raw, line) {
        let start = 0;
        let startLine = line;
        let lineNumber = line;
        for (let newline = raw.indexOf("\n"); newline !== -1; newline = raw.indexOf("\n", newline + 1)) {
          lineNumber += 1;
          BULLET_AT.lastIndex = newline + 1;
          if (!BULLET_AT.test(raw)) continue;
          this.item(raw.slice(start, newline), startLine);
          start = newline + 1;
          startLine = lineNumber;
        }
        this.item(start === 0 ? raw : raw.slice(start), startLine);
      }
      /** A bullet that is only bold text is a sub-heading, whichever glyph it has. */
      item(raw, line) {
        const bold = BULLET.test(raw) ? boldHeading(BOLD_ONLY.exec(stripBullet(raw).trim())?.[1]) : void 0;
        if (bold !== void 0 && !this.overrides.isIgnored(bold)) this.subHeading(bold, line);
        else this.block(raw, line);
      }
      /** Bold text as a heading one level below the heading it stands under, never over a real heading after it. */
      subHeading(text, line) {
        this.items.push({ kind: "heading", text, level: this.headingDepth + 1, line, emphasis: true });
      }
      heading(text, level, line) {
        if (this.firstDepth === 0) this.firstDepth = level;
        this.headingDepth = level;
        this.items.push({ kind: "heading", text, level, line });
      }
      /** A paragraph, cut before and after each of its lines that the config makes a heading. */
      paragraph(raw, line) {
        const lines = this.overrides.addsHeadings ? raw.replace(/\n+$/, "").split("\n") : [];
        if (!lines.some((text) => this.overrides.isAdded(text))) {
          this.bulleted(raw, line);
          return;
        }
        let start = 0;
        lines.forEach((text, offset) => {
          if (!this.overrides.isAdded(text)) return;
          if (offset > start) this.bulleted(lines.slice(start, offset).join("\n"), line + start);
          const heading2 = { kind: "heading", text: readerHeading(text), level: 0, line: line + offset };
          this.items.push(heading2);
          this.added.add(heading2);
          start = offset + 1;
        });
        if (start < lines.length) this.bulleted(lines.slice(start).join("\n"), line + start);
      }
      readToken(token, line) {
        if (token.type !== "space" && token.type !== "paragraph" && token.type !== "heading") this.emptyHeading = void 0;
        switch (token.type) {
          case "heading": {
            const heading2 = token;
            if (this.overrides.isIgnored(heading2.text)) {
              this.block(heading2.text, line);
              return;
            }
            const lines = heading2.text.split("\n");
            const lastLine = line + lines.length - 1;
            if (lines.length > 1) this.block(lines.slice(0, -1).join("\n"), line);
            const text = readerHeading(lines.at(-1));
            if (text === "") this.emptyHeading = { level: heading2.depth, line: lastLine };
            else this.heading(text, heading2.depth, lastLine);
            return;
          }
          case "paragraph": {
            const empty = this.emptyHeading;
            this.emptyHeading = void 0;
            const text = token.raw.trim();
            if (empty !== void 0 && !text.includes("\n")) {
              const heading2 = readerHeading(text);
              if (heading2 !== "" && looksLikeHeading(heading2) && !this.overrides.isIgnored(heading2)) {
                this.heading(heading2, empty.level, line);
                return;
              }
            }
            const bold = boldHeading(BOLD_ONLY.exec(text)?.[1]);
            if (bold !== void 0 && !this.overrides.isIgnored(bold)) this.subHeading(bold, line);
            else this.paragraph(token.raw, line);
            return;
          }
          case "list":
            this.readList(token, line);
            return;
          case "blockquote":
            this.read(token.tokens, line);
            return;
          case "table":
            token.raw.split("\n").forEach((row, offset) => {
              if (!/^\s*\|?\s*:?-{3,}/.test(row)) this.block(row, line + offset);
            });
            return;
          case "space":
          case "hr":
          case "def":
            return;
          default:
            this.block(token.raw, line);
        }
      }
      readList(list, firstLine) {
        let line = firstLine;
        const itemLevel = this.headingDepth > this.firstDepth ? this.headingDepth : this.headingDepth + 1;
        const start = typeof list.start === "number" ? list.start : 1;
        list.items.forEach((item, index) => {
          const bold = boldHeading(BOLD_ONLY.exec(item.text.trim())?.[1]);
          const accordion = bold === void 0 ? accordionHeading(item) : void 0;
          if (bold !== void 0 && !this.overrides.isIgnored(bold)) {
            this.subHeading(bold, line);
          } else if (accordion !== void 0 && !this.overrides.isIgnored(accordion)) {
            this.heading(list.ordered ? `${start + index}. ${accordion}` : accordion, itemLevel, line);
            const [first, ...rest] = item.tokens;
            this.read(rest, line + lineCount(first.raw));
            this.headingDepth = itemLevel;
          } else {
            const nested = item.tokens.filter((token) => token.type === "list");
            if (nested.length === 0) {
              this.bulleted(item.raw, line);
            } else {
              const ownRaw = item.raw.split("\n")[0] ?? "";
              this.block(ownRaw, line);
              let nestedLine = line + 1;
              for (const sub of nested) {
                this.readList(sub, nestedLine);
                nestedLine += lineCount(sub.raw);
              }
            }
          }
          line += lineCount(item.raw);
        });
      }
    };
    MAX_INDENT = 32;
    MAX_CONTAINERS = 16;
    CONTAINER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))[ \t]?/y;
    DEEP_CONTAINERS = new RegExp(`^(?:${CONTAINER.source}){${MAX_CONTAINERS + 1},}`, "gm");
    MAYBE_DEEP = new RegExp(`^[ \\t>*+\\-0-9.)]{${MAX_CONTAINERS + 1}}`, "m");
    NestingCap = class {
      lines = [];
      capped = [];
      text({ text, lines }) {
        const { lines: before, capped: cappedBefore } = this;
        const shift = before.length - lines.length;
        const capped = new Array(lines.length);
        let changed = false;
        for (let index = 0; index < lines.length; index += 1) {
          const line = lines[index];
          const cappedLine = before[index] === line ? cappedBefore[index] : before[index + shift] === line ? cappedBefore[index + shift] : capNesting(line);
          capped[index] = cappedLine;
          changed ||= cappedLine !== line;
        }
        this.lines = lines;
        this.capped = capped;
        return changed ? capped.join("\n") : text;
      }
    };
    MarkdownVersions = class {
      previous;
      readings = /* @__PURE__ */ new WeakMap();
      /** The config's headings the readings were made with. */
      readingsHeadings;
      cap = new NestingCap();
      /** The document read last, whose chapters the next one takes over where they are the same. */
      document;
      read(text, headings) {
        return this.readCapped(capNesting(text), headings);
      }
      /** `read` of a text given with its lines (see PolicyParser.parseLines). */
      readLines(read, headings) {
        return this.readCapped(this.cap.text(read), headings);
      }
      readCapped(capped, headings) {
        this.previous = this.previous === void 0 ? lexWhole(capped) : lexAfter(this.previous, capped);
        const overrides = new HeadingOverrideMatcher(headings);
        const reader = new OutlineReader(overrides);
        if (headings !== this.readingsHeadings) this.readings = /* @__PURE__ */ new WeakMap();
        this.readingsHeadings = headings;
        reader.read(this.previous.tokens, 1, overrides.addsHeadings ? void 0 : this.readings);
        this.document = reuseChapters(documentOf(reader), this.document);
        return this.document;
      }
    };
  }
});

// src/document/parse.ts
function formatOfName(fileName) {
  if (fileName === void 0) return void 0;
  if (/\.(?:md|markdown|mdx)$/i.test(fileName)) return "markdown";
  if (/\.txt$/i.test(fileName)) return "text";
  return void 0;
}
function detectFormat(text, fileName) {
  return formatOfName(fileName) ?? (MARKDOWN_HEADING.test(text) ? "markdown" : "text");
}
function parsePolicy(text, options = {}) {
  const clean = normalizeLineEndings(text);
  const overrides = new HeadingOverrideMatcher(options.headings);
  return formatOf(clean, options) === "markdown" ? parseMarkdown(clean, overrides) : parsePlainText(clean, overrides);
}
var MARKDOWN_HEADING, formatOf, PolicyParser;
var init_parse = __esm({
  "src/document/parse.ts"() {
    "use strict";
    init_normalize();
    init_markdown();
    init_heading_overrides();
    init_plain();
    MARKDOWN_HEADING = /^#{1,6}[ \t]+\S|^\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$/m;
    formatOf = (text, options) => options.format ?? detectFormat(text, options.fileName);
    PolicyParser = class {
      plain = new PlainVersions();
      markdown = new MarkdownVersions();
      parse(text, options = {}) {
        const clean = normalizeLineEndings(text);
        if (formatOf(clean, options) === "markdown") return this.markdown.read(clean, options.headings);
        return this.plain.read(clean.split("\n"), options.headings);
      }
      /**
       * A policy given as its text with line endings normalised and the lines of that text (`text.split('\n')`), in a
       * format known without reading it, as a history reads them without decoding each version whole (the lines that
       * did not change are the version before's strings): the same document as `parse` of the text.
       */
      parseLines(read, format, options = {}) {
        return format === "markdown" ? this.markdown.readLines(read, options.headings) : this.plain.read(read.lines, options.headings);
      }
    };
  }
});

// src/compare/diff.ts
function spaceCount(text) {
  let count = 0;
  for (let at2 = text.indexOf(" "); at2 !== -1; at2 = text.indexOf(" ", at2 + 1)) count += 1;
  return count;
}
function wordDiff2(oldText, newText, context) {
  const changes = diffWords(oldText, newText, { maxEditLength: wordEditLimit(oldText, newText) });
  if (changes === void 0) {
    context.notes.add("Some changed sentences were too different to compare word by word; they are shown whole.");
    return [
      { type: "removed", text: oldText },
      { type: "added", text: newText }
    ];
  }
  return changes.map((change) => ({
    type: change.added ? "added" : change.removed ? "removed" : "kept",
    text: change.value
  }));
}
function sentenceBag(sentence) {
  let bag = sentenceBags.get(sentence);
  if (bag === void 0) sentenceBags.set(sentence, bag = wordBag([sentence.norm]));
  return bag;
}
function pairHunk(removed, added, context) {
  const parts = [];
  if (removed.length * added.length > MAX_PAIRING_WORK) {
    context.notes.add("A large rewrite was compared sentence by sentence, without pairing changed sentences.");
    return [...removed.map((old) => ({ type: "removed", old })), ...added.map((nu) => ({ type: "added", new: nu }))];
  }
  let next = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = CHANGED_SENTENCE_SIMILARITY;
    const oldBag = next < added.length ? sentenceBag(old) : void 0;
    for (let index = next; index < added.length; index += 1) {
      const score = bagSimilarity(oldBag, sentenceBag(added[index]));
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = index;
        bestScore = score;
      }
    }
    if (best === -1) {
      parts.push({ type: "removed", old });
      continue;
    }
    for (; next < best; next += 1) parts.push({ type: "added", new: added[next] });
    const nu = added[best];
    parts.push({ type: "changed", old, new: nu, words: wordDiff2(old.norm, nu.norm, context) });
    next = best + 1;
  }
  for (; next < added.length; next += 1) parts.push({ type: "added", new: added[next] });
  return parts;
}
function replaced(oldSentences, newSentences2, context) {
  context.notes.add("A section was rewritten so thoroughly that it is shown as replaced.");
  return [...oldSentences.map((old) => ({ type: "removed", old })), ...newSentences2.map((nu) => ({ type: "added", new: nu }))];
}
function sharesSentence(oldSentences, newSentences2) {
  if (oldSentences.length === 0 || newSentences2.length === 0) return false;
  const norms = new Set(oldSentences.map((sentence) => sentence.norm));
  return newSentences2.some((sentence) => norms.has(sentence.norm));
}
function diffSentences(oldSentences, newSentences2, context) {
  const same = (old, nu) => old.raw === nu.raw ? { type: "kept", old, new: nu } : { type: "formatting", old, new: nu };
  if (oldSentences.length === newSentences2.length && oldSentences.every((s8, i2) => s8.norm === newSentences2[i2].norm)) {
    return oldSentences.map((old, index) => same(old, newSentences2[index]));
  }
  if (!sharesSentence(oldSentences, newSentences2)) {
    return oldSentences.length + newSentences2.length > MAX_SENTENCE_EDITS ? replaced(oldSentences, newSentences2, context) : pairHunk(oldSentences, newSentences2, context);
  }
  const changes = diffArrays(
    oldSentences.map((sentence) => sentence.norm),
    newSentences2.map((sentence) => sentence.norm),
    { maxEditLength: MAX_SENTENCE_EDITS }
  );
  if (changes === void 0) return replaced(oldSentences, newSentences2, context);
  const parts = [];
  let oldAt = 0;
  let newAt = 0;
  let removed = [];
  let added = [];
  const flush = () => {
    for (const part of pairHunk(removed, added, context)) parts.push(part);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      for (let index = oldAt; index < oldAt + count; index += 1) removed.push(oldSentences[index]);
      oldAt += count;
    } else if (change.added) {
      for (let index = newAt; index < newAt + count; index += 1) added.push(newSentences2[index]);
      newAt += count;
    } else {
      flush();
      for (let offset = 0; offset < count; offset += 1) parts.push(same(oldSentences[oldAt + offset], newSentences2[newAt + offset]));
      oldAt += count;
      newAt += count;
    }
  }
  flush();
  return parts;
}
function toChange(part) {
  switch (part.type) {
    case "kept":
      return void 0;
    case "added":
      return { type: "added", new: part.new.raw };
    case "removed":
      return { type: "removed", old: part.old.raw };
    case "formatting":
      return { type: "formatting", old: part.old.raw, new: part.new.raw };
    case "changed":
      return { type: "changed", old: part.old.raw, new: part.new.raw, words: part.words };
  }
}
function changeListSentences(node, lines) {
  const norms = /* @__PURE__ */ new Set();
  if (node === void 0 || !isChangeListSection(node.path)) return norms;
  for (const block of node.blocks) {
    for (const { date, text } of changeListEntries(block.raw)) {
      lines.push({ date, text });
      for (const sentence of node.sentences) if (text.includes(sentence.norm)) norms.add(sentence.norm);
    }
  }
  return norms;
}
function sameSentences(old, nu) {
  if (old === nu) return true;
  if (old.length !== nu.length) return false;
  for (let index = 0; index < old.length; index += 1) if (old[index] !== nu[index]) return false;
  return true;
}
function diffPair(pair, context, appendedEntries) {
  const { old: oldNode, new: newNode } = pair;
  if (oldNode !== void 0 && newNode !== void 0 && sameSentences(oldNode.sentences, newNode.sentences)) {
    newNode.keptParts ??= newNode.sentences.map((sentence) => ({ type: "kept", old: sentence, new: sentence }));
    return sectionDiff(pair, newNode.keptParts, []);
  }
  const entries = [];
  const entrySentences = changeListSentences(newNode, entries);
  const parts = diffSentences(oldNode?.sentences ?? [], newNode?.sentences ?? [], context).map(
    (part) => part.type === "added" && entrySentences.has(part.new.norm) && oldNode !== void 0 ? { ...part, selfChangelog: true } : part
  );
  const appended = new Set(parts.flatMap((part) => part.type === "added" && part.selfChangelog ? [part.new.norm] : []));
  appendedEntries.push(...entries.filter((entry) => [...appended].some((norm) => entry.text.includes(norm))));
  const changes = parts.filter((part) => !(part.type === "added" && part.selfChangelog)).map(toChange).filter((change) => change !== void 0);
  return sectionDiff(pair, parts, changes);
}
function sectionDiff(pair, parts, changes) {
  const { old: oldNode, new: newNode } = pair;
  const modified = changes.some((change) => change.type !== "formatting");
  const node = newNode ?? oldNode;
  const renamed = oldNode !== void 0 && newNode !== void 0 && oldNode.key !== newNode.key;
  const status = oldNode === void 0 ? "added" : newNode === void 0 ? "removed" : renamed ? "renamed" : pair.moved ? "moved" : modified ? "modified" : "unchanged";
  const diff = { status, modified, heading: node.heading, path: node.path, level: node.level, changes, parts };
  if (renamed) diff.oldHeading = oldNode.heading;
  if (renamed && pair.moved) diff.moved = true;
  if (oldNode !== void 0) diff.oldIndex = oldNode.index;
  if (newNode !== void 0) diff.newIndex = newNode.index;
  return diff;
}
function countStatuses(sections) {
  const stats = { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, unchanged: 0 };
  for (const section of sections) if (section.level > 0) stats[section.status] += 1;
  return stats;
}
function documentText(document) {
  const texts = [];
  let length = 0;
  const add = (raw) => {
    const text = withoutNoise(raw);
    texts.push(text);
    length += text.length + 1;
    return length > LANGUAGE_SAMPLE_CHARS;
  };
  const visit = (sections) => sections.some((section) => add(section.heading) || section.blocks.some((block) => add(block.raw)) || visit(section.children));
  if (!add(document.title ?? "") && !document.preamble.some((block) => add(block.raw))) visit(document.sections);
  return texts.join("\n");
}
function languageOf(document, known) {
  let language = known?.get(document);
  if (language === void 0) {
    language = detectLanguage(documentText(document));
    known?.set(document, language);
  }
  return language;
}
function textSize(sections, side) {
  let size = 0;
  for (const section of sections) {
    if (section[`${side}Index`] === void 0) continue;
    size += (side === "old" ? section.oldHeading ?? section.heading : section.heading).length;
    for (const part of section.parts) if (side in part) size += part[side].norm.length;
  }
  return size;
}
function mostlyKept(sections) {
  let kept = 0;
  let total = 0;
  for (const section of sections) {
    for (const part of section.parts) {
      if (!("new" in part)) continue;
      total += 1;
      if (part.type === "kept" || part.type === "formatting") kept += 1;
    }
  }
  return total > 0 && kept * 2 >= total;
}
function languages(oldDocument, newDocument, sections, options) {
  if (options.language !== void 0) return { language: options.language };
  const known = options.languages;
  const newLanguage = languageOf(newDocument, known);
  let oldLanguage;
  if (newLanguage !== "und" && mostlyKept(sections)) {
    oldLanguage = newLanguage;
    known?.set(oldDocument, newLanguage);
  } else {
    oldLanguage = languageOf(oldDocument, known);
  }
  const language = newLanguage === "und" ? oldLanguage : newLanguage;
  const clearly = (document, expected) => {
    const text = documentText(document);
    return (text.match(new RegExp("\\p{L}", "gu"))?.length ?? 0) >= MIN_TRANSLATED_LETTERS && dominantLanguage(text) === expected;
  };
  if (newLanguage !== "und" && oldLanguage !== "und" && newLanguage !== oldLanguage && clearly(oldDocument, oldLanguage) && clearly(newDocument, newLanguage)) {
    return { language, translation: { from: oldLanguage, to: newLanguage } };
  }
  return { language };
}
function diffDocuments(oldDocument, newDocument, options = {}) {
  const context = { notes: /* @__PURE__ */ new Set() };
  const reader = sentenceReader(options.noise);
  const { pairs, windowed } = alignSections(flatten(oldDocument, reader), flatten(newDocument, reader));
  if (windowed) context.notes.add("So many sections changed that renamed ones were looked for near their old place only.");
  const policyChangelog = [];
  const sections = pairs.map((pair) => diffPair(pair, context, policyChangelog));
  const { language, translation } = languages(oldDocument, newDocument, sections, options);
  const result = {
    schemaVersion: 1,
    language,
    format: newDocument.sections.length > 0 || newDocument.preamble.length > 0 ? newDocument.format : oldDocument.format,
    sections,
    stats: countStatuses(sections),
    policyChangelog,
    notes: [...context.notes]
  };
  if (oldDocument.title !== newDocument.title) {
    result.title = {};
    if (oldDocument.title !== void 0) result.title.old = oldDocument.title;
    if (newDocument.title !== void 0) result.title.new = newDocument.title;
  }
  if (translation !== void 0) {
    result.translation = translation;
    return result;
  }
  const { oldChars, newChars } = comparedSizes(result);
  if (lostMost(oldChars, newChars, options.truncation) && wholeDocumentChange(result) !== "deleted") result.truncation = { oldChars, newChars };
  return result;
}
function comparedSizes(diff) {
  let counted = sizes.get(diff);
  if (counted === void 0) {
    counted = { oldChars: textSize(diff.sections, "old"), newChars: textSize(diff.sections, "new") };
    sizes.set(diff, counted);
  }
  return counted;
}
function diffPolicies(oldText, newText, options = {}) {
  const parseOptions = {};
  if (options.fileName !== void 0) parseOptions.fileName = options.fileName;
  if (options.format !== void 0) parseOptions.format = options.format;
  if (options.headings !== void 0) parseOptions.headings = options.headings;
  return diffDocuments(parsePolicy(oldText, parseOptions), parsePolicy(newText, parseOptions), options);
}
function wholeDocumentChange(diff) {
  const sides2 = (side) => diff.sections.some((section) => section.parts.some((part) => side in part) || section.level > 0 && section[`${side}Index`] !== void 0);
  const hadText = sides2("old") || diff.title?.old !== void 0;
  const hasText2 = sides2("new") || diff.title?.new !== void 0;
  if (!hadText && hasText2) return "first";
  if (hadText && !hasText2) return "deleted";
  return void 0;
}
var DEFAULT_TRUNCATION, MIN_TRANSLATED_LETTERS, CHANGED_SENTENCE_SIMILARITY, MAX_SENTENCE_EDITS, MAX_PAIRING_WORK, MAX_WORD_EDITS, wordEditLimit, sentenceBags, lostMost, sizes;
var init_diff = __esm({
  "src/compare/diff.ts"() {
    "use strict";
    init_libesm();
    init_align();
    init_change_list();
    init_language();
    init_noise();
    init_sentences();
    init_parse();
    init_similarity();
    DEFAULT_TRUNCATION = 0.5;
    MIN_TRANSLATED_LETTERS = 200;
    CHANGED_SENTENCE_SIMILARITY = 0.5;
    MAX_SENTENCE_EDITS = 4e3;
    MAX_PAIRING_WORK = 4e4;
    MAX_WORD_EDITS = 1e3;
    wordEditLimit = (a2, b) => Math.min(MAX_WORD_EDITS, Math.max(50, Math.ceil((spaceCount(a2) + spaceCount(b)) / 10)));
    sentenceBags = /* @__PURE__ */ new WeakMap();
    lostMost = (before, after, truncation = DEFAULT_TRUNCATION) => before > 0 && after < before * (1 - truncation);
    sizes = /* @__PURE__ */ new WeakMap();
  }
});

// src/document/decode.ts
import { isUtf8 } from "node:buffer";
function policyEncoding(bytes, source, fix) {
  const encoding = textEncoding(bytes);
  if (encoding === void 0) throw notTextError(source, fix);
  return encoding;
}
function decodeText(bytes, source, onFallback, fix) {
  const encoding = policyEncoding(bytes, source, fix);
  const reading = fallbackReading(bytes, encoding);
  if (reading !== void 0) onFallback?.(fallbackWarning(source, reading));
  return { text: decodeAs(bytes, encoding), encoding };
}
function textEncoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  if (bytes.includes(0)) return void 0;
  if (isUtf8(bytes)) return "utf-8";
  const { stray, wellFormed } = scanUtf8(bytes);
  return wellFormed > stray.length ? "utf-8+windows-1252" : "windows-1252";
}
function notTextError(source, fix = "save the policy as UTF-8 text") {
  return inputError(`${source} is not text (it holds NUL bytes: a binary file, or UTF-16 without a byte-order mark): ${fix}`);
}
function decodeAs(bytes, encoding) {
  switch (encoding) {
    // A UTF-16 BOM is skipped by hand; a UTF-8 one is dropped by the decoder (ignoreBOM: false).
    case "utf-16le":
    case "utf-16be":
      return new TextDecoder(encoding).decode(bytes.subarray(2));
    case "utf-8":
      return utf8.decode(bytes);
    case "windows-1252":
      return decodeWindows1252(bytes);
    case "utf-8+windows-1252":
      return decodeMixed(hasUtf8Mark(bytes) ? bytes.subarray(3) : bytes);
  }
}
function decodeWindows1252(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(/[\u0080-\u009f]/g, (char) => HIGH[char.charCodeAt(0) - 128]);
}
function utf8SequenceAt(bytes, at2) {
  const lead = bytes[at2];
  const next = (offset, low = 128, high = 191) => {
    const byte = bytes[at2 + offset];
    return byte !== void 0 && byte >= low && byte <= high;
  };
  if (lead >= 194 && lead <= 223) return next(1) ? 2 : 0;
  if (lead >= 224 && lead <= 239) {
    const [low, high] = lead === 224 ? [160, 191] : lead === 237 ? [128, 159] : [128, 191];
    return next(1, low, high) && next(2) ? 3 : 0;
  }
  if (lead >= 240 && lead <= 244) {
    const [low, high] = lead === 240 ? [144, 191] : lead === 244 ? [128, 143] : [128, 191];
    return next(1, low, high) && next(2) && next(3) ? 4 : 0;
  }
  return 0;
}
function scanUtf8(bytes) {
  const stray = [];
  let wellFormed = 0;
  for (let at2 = 0; at2 < bytes.length; ) {
    if (bytes[at2] < 128) {
      at2 += 1;
      continue;
    }
    const length = utf8SequenceAt(bytes, at2);
    if (length === 0) {
      stray.push(at2);
      at2 += 1;
    } else {
      wellFormed += 1;
      at2 += length;
    }
  }
  return { stray, wellFormed };
}
function decodeMixed(bytes) {
  let text = "";
  let runStart = 0;
  for (const at2 of scanUtf8(bytes).stray) {
    text += utf8Span.decode(bytes.subarray(runStart, at2)) + decodeWindows1252(bytes.subarray(at2, at2 + 1));
    runStart = at2 + 1;
  }
  return text + utf8Span.decode(bytes.subarray(runStart));
}
function fallbackReading(read, encoding) {
  if (encoding === "windows-1252") return { kind: "windows-1252" };
  if (encoding !== "utf-8+windows-1252") return void 0;
  const bytes = typeof read === "function" ? read() : read;
  const { stray } = scanUtf8(bytes);
  const first = stray[0];
  let line = 1;
  for (let at2 = bytes.indexOf(10); at2 !== -1 && at2 < first; at2 = bytes.indexOf(10, at2 + 1)) line += 1;
  return { kind: "stray-bytes", count: stray.length, line, character: decodeWindows1252(bytes.subarray(first, first + 1)) };
}
function fallbackWarning(source, reading) {
  if (reading.kind === "windows-1252") {
    return `${source} is not UTF-8: read as Windows-1252 (as Word and older systems save text); save it as UTF-8 if letters look wrong`;
  }
  const bytes = reading.count === 1 ? "1 byte that is not" : `${reading.count} bytes that are not`;
  return `${source} is UTF-8 but for ${bytes}: read as Windows-1252 (line ${reading.line}: ${JSON.stringify(reading.character)}); save the file as UTF-8`;
}
function encodeAs(text, encoding) {
  switch (encoding) {
    case "utf-16le":
      return Buffer.from(text, "utf16le");
    case "utf-16be":
      return Buffer.from(text, "utf16le").swap16();
    case "utf-8":
    case "utf-8+windows-1252":
      return Buffer.from(text, "utf8");
    case "windows-1252": {
      const bytes = new Uint8Array(text.length);
      let length = 0;
      for (const char of text) {
        const code = char.codePointAt(0);
        const byte = code < 128 || code >= 160 && code <= 255 ? code : HIGH_BYTES.get(char);
        if (byte === void 0) throw new UnencodableError(char, encoding);
        bytes[length++] = byte;
      }
      return bytes.subarray(0, length);
    }
  }
}
function byteOrderMark(bytes, encoding) {
  if (encoding === "utf-16le" || encoding === "utf-16be") return bytes.subarray(0, 2);
  return hasUtf8Mark(bytes) ? bytes.subarray(0, 3) : bytes.subarray(0, 0);
}
var HIGH, HIGH_BYTES, utf8, utf8Span, hasUtf8Mark, UnencodableError, ENCODING_NAMES;
var init_decode = __esm({
  "src/document/decode.ts"() {
    "use strict";
    init_errors();
    HIGH = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
    HIGH_BYTES = new Map([...HIGH].map((char, index) => [char, 128 + index]));
    utf8 = new TextDecoder("utf-8", { ignoreBOM: false });
    utf8Span = new TextDecoder("utf-8", { ignoreBOM: true });
    hasUtf8Mark = (bytes) => bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    UnencodableError = class extends Error {
      constructor(character, encoding) {
        super(`${encoding} has no ${JSON.stringify(character)}`);
        this.character = character;
        this.encoding = encoding;
        this.name = "UnencodableError";
      }
      character;
      encoding;
    };
    ENCODING_NAMES = {
      "utf-8": "UTF-8",
      "utf-16le": "UTF-16",
      "utf-16be": "UTF-16",
      "windows-1252": "Windows-1252",
      "utf-8+windows-1252": "UTF-8"
    };
  }
});

// src/document/input.ts
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
function isShellPipe(path) {
  try {
    return /^pipe:\[\d+\]$/.test(basename(realpathSync(path)));
  } catch {
    return false;
  }
}
function refuseNonFile(stat, name, path) {
  if (stat.isDirectory()) throw inputError(`${name} is a directory: give the policy file inside it`);
  if (stat.isFile() || stat.isFIFO() && isShellPipe(path)) return;
  const what = stat.isFIFO() ? "a named pipe" : stat.isSocket() ? "a socket" : "a device";
  throw inputError(`${name} is ${what}, not a file: give the policy file`);
}
function readLimited(fd, name, maxBytes) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw overLimit(name, maxBytes);
  }
}
function readPolicyFile(given, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = quote(given);
  const path = options.base === void 0 ? given : resolve(options.base, given);
  const cannotRead = (error) => inputError(`${name} cannot be read (${error.code ?? "unknown error"}): check its permissions`, error);
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if (error.code === "ENOENT") throw inputError(`${name} does not exist: check the path`, error);
    throw cannotRead(error);
  }
  refuseNonFile(stat, name, path);
  if (stat.isFile() && stat.size > maxBytes) throw overLimit(name, maxBytes, stat.size);
  let bytes;
  let fd;
  try {
    fd = openSync(path, "r");
    refuseNonFile(fstatSync(fd), name, path);
    bytes = readLimited(fd, name, maxBytes);
  } catch (error) {
    if (error instanceof Error && "exitCode" in error) throw error;
    throw cannotRead(error);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  const { text } = decodeText(bytes, name, options.onFallback);
  if (normalizesToNothing(text)) throw inputError(`${name} is empty: give a file with the policy's text`);
  return text;
}
var DEFAULT_MAX_BYTES, megabytes, overLimit;
var init_input = __esm({
  "src/document/input.ts"() {
    "use strict";
    init_decode();
    init_errors();
    init_normalize();
    DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
    megabytes = (bytes) => Math.floor(bytes / 1024 / 1024);
    overLimit = (name, maxBytes, size) => inputError(
      `${name} ${size === void 0 ? "is over" : `is ${Math.ceil(size / 1024 / 1024)} MB, over`} the ${megabytes(maxBytes)} MB limit: raise it with --max-size if this really is a policy`
    );
  }
});

// node_modules/@orama/stemmers/dist/dk.js
function r() {
  this.p = function(r7) {
    this.j = r7, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r7) {
    this.j = r7.j, this.cursor = r7.cursor, this.a = r7.a, this.f = r7.f, this.c = r7.c, this.d = r7.d;
  }, this.i = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > t2 || i2 < s8 ? (this.cursor++, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > t2 || i2 < s8 ? (this.cursor--, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r7) {
    return !(this.a - this.cursor < r7.length) && this.j.slice(this.cursor, this.cursor + r7.length) == r7 && (this.cursor += r7.length, true);
  }, this.g = function(r7) {
    return !(this.cursor - this.f < r7.length) && this.j.slice(this.cursor - r7.length, this.cursor) == r7 && (this.cursor -= r7.length, true);
  }, this.o = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, h = this.a, e2 = 0, c2 = 0, u = false; ; ) {
      var o2, n2 = s8 + (t2 - s8 >>> 1), f = 0, a2 = e2 < c2 ? e2 : c2, d = r7[n2];
      for (o2 = a2; o2 < d[0].length; o2++) {
        if (i2 + a2 == h) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 + a2) - d[0].charCodeAt(o2))) break;
        a2++;
      }
      if (0 > f ? (t2 = n2, c2 = a2) : (s8 = n2, e2 = a2), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || u) break;
        u = true;
      }
    }
    for (; ; ) {
      if (e2 >= (d = r7[s8])[0].length && (this.cursor = i2 + d[0].length, 4 > d.length || (s8 = d[3](this), this.cursor = i2 + d[0].length, s8))) return d[2];
      if (0 > (s8 = d[1])) return 0;
    }
  }, this.h = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, h = this.f, e2 = 0, c2 = 0, u = false; ; ) {
      var o2, n2 = s8 + (t2 - s8 >> 1), f = 0, a2 = e2 < c2 ? e2 : c2, d = r7[n2];
      for (o2 = d[0].length - 1 - a2; 0 <= o2; o2--) {
        if (i2 - a2 == h) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 - 1 - a2) - d[0].charCodeAt(o2))) break;
        a2++;
      }
      if (0 > f ? (t2 = n2, c2 = a2) : (s8 = n2, e2 = a2), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || u) break;
        u = true;
      }
    }
    for (; ; ) {
      if (e2 >= (d = r7[s8])[0].length && (this.cursor = i2 - d[0].length, 4 > d.length || (s8 = d[3](this), this.cursor = i2 - d[0].length, s8))) return d[2];
      if (0 > (s8 = d[1])) return 0;
    }
  }, this.s = function(r7, s8, t2) {
    var i2 = t2.length - (s8 - r7);
    return this.j = this.j.slice(0, r7) + t2 + this.j.slice(s8), this.a += i2, this.cursor >= s8 ? this.cursor += i2 : this.cursor > r7 && (this.cursor = r7), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r7) {
    var s8 = false;
    return this.t() && (this.s(this.c, this.d, r7), s8 = true), s8;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r7, s8, t2) {
    s8 = this.s(r7, s8, t2), r7 <= this.c && (this.c += s8), r7 <= this.d && (this.d += s8);
  }, this.u = function() {
    var r7 = "";
    return this.t() && (r7 = this.j.slice(this.c, this.d)), r7;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
function stemmer(r7) {
  return s.stemWord(r7);
}
var s;
var init_dk = __esm({
  "node_modules/@orama/stemmers/dist/dk.js"() {
    s = new function() {
      function s8() {
        var r7 = t2.a - t2.cursor;
        if (!(t2.cursor < f)) {
          var s9 = t2.f;
          t2.f = f, t2.d = t2.cursor, 0 == t2.h(h) ? t2.f = s9 : (t2.c = t2.cursor, t2.f = s9, t2.cursor = t2.a - r7, t2.cursor <= t2.f || (t2.cursor--, t2.c = t2.cursor, t2.e()));
        }
      }
      var t2 = new r(), i2 = [["hed", -1, 1], ["ethed", 0, 1], ["ered", -1, 1], ["e", -1, 1], ["erede", 3, 1], ["ende", 3, 1], ["erende", 5, 1], ["ene", 3, 1], ["erne", 3, 1], ["ere", 3, 1], ["en", -1, 1], ["heden", 10, 1], ["eren", 10, 1], ["er", -1, 1], ["heder", 13, 1], ["erer", 13, 1], ["s", -1, 2], ["heds", 16, 1], ["es", 16, 1], ["endes", 18, 1], ["erendes", 19, 1], ["enes", 18, 1], ["ernes", 18, 1], ["eres", 18, 1], ["ens", 16, 1], ["hedens", 24, 1], ["erens", 24, 1], ["ers", 16, 1], ["ets", 16, 1], ["erets", 28, 1], ["et", -1, 1], ["eret", 30, 1]], h = [["gd", -1, -1], ["dt", -1, -1], ["gt", -1, -1], ["kt", -1, -1]], e2 = [["ig", -1, 1], ["lig", 0, 1], ["elig", 1, 1], ["els", -1, 1], ["l\xF8st", -1, 2]], c2 = [119, 223, 119, 1], u = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 0, 128], o2 = [239, 254, 42, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16], n2 = 0, f = 0, a2 = "";
      this.l = function() {
        var r7 = t2.cursor;
        r: {
          f = t2.a;
          var h2 = t2.cursor, d = t2.cursor + 3;
          if (!(d > t2.a)) {
            for (t2.cursor = d, n2 = t2.cursor, t2.cursor = h2; ; ) {
              if (h2 = t2.cursor, t2.i(u, 97, 248)) {
                t2.cursor = h2;
                break;
              }
              if (t2.cursor = h2, t2.cursor >= t2.a) break r;
              t2.cursor++;
            }
            for (; !t2.k(u, 97, 248); ) {
              if (t2.cursor >= t2.a) break r;
              t2.cursor++;
            }
            (f = t2.cursor) < n2 && (f = n2);
          }
        }
        if (t2.cursor = r7, t2.f = t2.cursor, t2.cursor = t2.a, r7 = t2.a - t2.cursor, !(t2.cursor < f)) if (d = t2.f, t2.f = f, t2.d = t2.cursor, 0 == (h2 = t2.h(i2))) t2.f = d;
        else switch (t2.c = t2.cursor, t2.f = d, h2) {
          case 1:
            t2.e();
            break;
          case 2:
            t2.n(o2, 97, 229) && t2.e();
        }
        if ((t2.cursor = t2.a - r7, r7 = t2.a - t2.cursor, s8(), t2.cursor = t2.a - r7, r7 = t2.a - t2.cursor, h2 = t2.a - t2.cursor, t2.d = t2.cursor, !(t2.g("st") && (t2.c = t2.cursor, t2.g("ig") && !t2.e()))) && (t2.cursor = t2.a - h2, !(t2.cursor < f))) if (d = t2.f, t2.f = f, t2.d = t2.cursor, 0 == (h2 = t2.h(e2))) t2.f = d;
        else switch (t2.c = t2.cursor, t2.f = d, h2) {
          case 1:
            if (!t2.e()) break;
            h2 = t2.a - t2.cursor, s8(), t2.cursor = t2.a - h2;
            break;
          case 2:
            t2.b("l\xF8s");
        }
        return t2.cursor = t2.a - r7, r7 = t2.a - t2.cursor, t2.cursor < f || (h2 = t2.f, t2.f = f, t2.d = t2.cursor, t2.n(c2, 98, 122) ? (t2.c = t2.cursor, "" != (a2 = t2.u()) && (t2.f = h2, t2.g(a2) && t2.e())) : t2.f = h2), t2.cursor = t2.a - r7, t2.cursor = t2.f, true;
      }, this.stemWord = function(r7) {
        return t2.p(r7), this.l(), t2.j;
      };
    }();
  }
});

// node_modules/@orama/stemmers/dist/en.js
function stemmer2(l4) {
  let u, x2, g2, $, p, r7;
  if (l4.length < 3) return l4;
  let f = l4.substring(0, 1);
  if ("y" == f && (l4 = f.toUpperCase() + l4.substring(1)), $ = /^(.+?)([^s])s$/, (g2 = /^(.+?)(ss|i)es$/).test(l4) ? l4 = l4.replace(g2, "$1$2") : $.test(l4) && (l4 = l4.replace($, "$1$2")), $ = /^(.+?)(ed|ing)$/, (g2 = /^(.+?)eed$/).test(l4)) {
    let e2 = g2.exec(l4);
    (g2 = new RegExp(a)).test(e2[1]) && (g2 = /.$/, l4 = l4.replace(g2, ""));
  } else $.test(l4) && (u = $.exec(l4)[1], ($ = new RegExp(c)).test(u) && (l4 = u, $ = /(at|bl|iz)$/, p = RegExp("([^aeiouylsz])\\1$"), r7 = RegExp("^" + s2 + i + "[^aeiouwxy]$"), $.test(l4) ? l4 += "e" : p.test(l4) ? (g2 = /.$/, l4 = l4.replace(g2, "")) : r7.test(l4) && (l4 += "e")));
  if ((g2 = /^(.+?)y$/).test(l4)) {
    let e2 = g2.exec(l4);
    u = e2?.[1], g2 = new RegExp(c), u && g2.test(u) && (l4 = u + "i");
  }
  if ((g2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/).test(l4)) {
    let t2 = g2.exec(l4);
    u = t2?.[1], x2 = t2?.[2], g2 = new RegExp(a), u && g2.test(u) && (l4 = u + e[x2]);
  }
  if ((g2 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/).test(l4)) {
    let e2 = g2.exec(l4);
    u = e2?.[1], x2 = e2?.[2], g2 = new RegExp(a), u && g2.test(u) && (l4 = u + t[x2]);
  }
  if ($ = /^(.+?)(s|t)(ion)$/, (g2 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/).test(l4)) {
    let e2 = g2.exec(l4);
    u = e2?.[1], g2 = new RegExp(o), u && g2.test(u) && (l4 = u);
  } else if ($.test(l4)) {
    let e2 = $.exec(l4);
    u = e2?.[1] ?? "" + e2?.[2] ?? "", ($ = new RegExp(o)).test(u) && (l4 = u);
  }
  if ((g2 = /^(.+?)e$/).test(l4)) {
    let e2 = g2.exec(l4);
    u = e2?.[1], g2 = new RegExp(o), $ = new RegExp(n), p = RegExp("^" + s2 + i + "[^aeiouwxy]$"), u && (g2.test(u) || $.test(u) && !p.test(u)) && (l4 = u);
  }
  return g2 = /ll$/, $ = new RegExp(o), g2.test(l4) && $.test(l4) && (g2 = /.$/, l4 = l4.replace(g2, "")), "y" == f && (l4 = f.toLowerCase() + l4.substring(1)), l4;
}
var e, t, i, s2, l3, a, n, o, c;
var init_en = __esm({
  "node_modules/@orama/stemmers/dist/en.js"() {
    e = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble", alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive", biliti: "ble", logi: "log" };
    t = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
    i = "[aeiouy]";
    s2 = "[^aeiou][^aeiouy]*";
    l3 = i + "[aeiou]*";
    a = "^(" + s2 + ")?" + l3 + s2;
    n = "^(" + s2 + ")?" + l3 + s2 + "(" + l3 + ")?$";
    o = "^(" + s2 + ")?" + l3 + s2 + l3 + s2;
    c = "^(" + s2 + ")?" + i;
  }
});

// node_modules/@orama/stemmers/dist/fi.js
function r2() {
  this.p = function(r7) {
    this.j = r7, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r7) {
    this.j = r7.j, this.cursor = r7.cursor, this.a = r7.a, this.f = r7.f, this.c = r7.c, this.d = r7.d;
  }, this.i = function(r7, s8, i2) {
    if (this.cursor >= this.a) return false;
    var t2 = this.j.charCodeAt(this.cursor);
    return !(t2 > i2) && !(t2 < s8) && 0 != (r7[(t2 -= s8) >>> 3] & 1 << (7 & t2)) && (this.cursor++, true);
  }, this.n = function(r7, s8, i2) {
    if (this.cursor <= this.f) return false;
    var t2 = this.j.charCodeAt(this.cursor - 1);
    return !(t2 > i2) && !(t2 < s8) && 0 != (r7[(t2 -= s8) >>> 3] & 1 << (7 & t2)) && (this.cursor--, true);
  }, this.k = function(r7, s8, i2) {
    if (this.cursor >= this.a) return false;
    var t2 = this.j.charCodeAt(this.cursor);
    return t2 > i2 || t2 < s8 ? (this.cursor++, true) : 0 == (r7[(t2 -= s8) >>> 3] & 1 << (7 & t2)) && (this.cursor++, true);
  }, this.q = function(r7, s8, i2) {
    if (this.cursor <= this.f) return false;
    var t2 = this.j.charCodeAt(this.cursor - 1);
    return t2 > i2 || t2 < s8 ? (this.cursor--, true) : 0 == (r7[(t2 -= s8) >>> 3] & 1 << (7 & t2)) && (this.cursor--, true);
  }, this.m = function(r7) {
    return !(this.a - this.cursor < r7.length) && this.j.slice(this.cursor, this.cursor + r7.length) == r7 && (this.cursor += r7.length, true);
  }, this.g = function(r7) {
    return !(this.cursor - this.f < r7.length) && this.j.slice(this.cursor - r7.length, this.cursor) == r7 && (this.cursor -= r7.length, true);
  }, this.o = function(r7) {
    for (var s8 = 0, i2 = r7.length, t2 = this.cursor, c2 = this.a, u = 0, o2 = 0, e2 = false; ; ) {
      var a2, h = s8 + (i2 - s8 >>> 1), n2 = 0, f = u < o2 ? u : o2, l4 = r7[h];
      for (a2 = f; a2 < l4[0].length; a2++) {
        if (t2 + f == c2) {
          n2 = -1;
          break;
        }
        if (0 != (n2 = this.j.charCodeAt(t2 + f) - l4[0].charCodeAt(a2))) break;
        f++;
      }
      if (0 > n2 ? (i2 = h, o2 = f) : (s8 = h, u = f), 1 >= i2 - s8) {
        if (0 < s8 || i2 == s8 || e2) break;
        e2 = true;
      }
    }
    for (; ; ) {
      if (u >= (l4 = r7[s8])[0].length && (this.cursor = t2 + l4[0].length, 4 > l4.length || (s8 = l4[3](this), this.cursor = t2 + l4[0].length, s8))) return l4[2];
      if (0 > (s8 = l4[1])) return 0;
    }
  }, this.h = function(r7) {
    for (var s8 = 0, i2 = r7.length, t2 = this.cursor, c2 = this.f, u = 0, o2 = 0, e2 = false; ; ) {
      var a2, h = s8 + (i2 - s8 >> 1), n2 = 0, f = u < o2 ? u : o2, l4 = r7[h];
      for (a2 = l4[0].length - 1 - f; 0 <= a2; a2--) {
        if (t2 - f == c2) {
          n2 = -1;
          break;
        }
        if (0 != (n2 = this.j.charCodeAt(t2 - 1 - f) - l4[0].charCodeAt(a2))) break;
        f++;
      }
      if (0 > n2 ? (i2 = h, o2 = f) : (s8 = h, u = f), 1 >= i2 - s8) {
        if (0 < s8 || i2 == s8 || e2) break;
        e2 = true;
      }
    }
    for (; ; ) {
      if (u >= (l4 = r7[s8])[0].length && (this.cursor = t2 - l4[0].length, 4 > l4.length || (s8 = l4[3](this), this.cursor = t2 - l4[0].length, s8))) return l4[2];
      if (0 > (s8 = l4[1])) return 0;
    }
  }, this.s = function(r7, s8, i2) {
    var t2 = i2.length - (s8 - r7);
    return this.j = this.j.slice(0, r7) + i2 + this.j.slice(s8), this.a += t2, this.cursor >= s8 ? this.cursor += t2 : this.cursor > r7 && (this.cursor = r7), t2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r7) {
    var s8 = false;
    return this.t() && (this.s(this.c, this.d, r7), s8 = true), s8;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r7, s8, i2) {
    s8 = this.s(r7, s8, i2), r7 <= this.c && (this.c += s8), r7 <= this.d && (this.d += s8);
  }, this.u = function() {
    var r7 = "";
    return this.t() && (r7 = this.j.slice(this.c, this.d)), r7;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
function stemmer3(r7) {
  return s3.stemWord(r7);
}
var s3;
var init_fi = __esm({
  "node_modules/@orama/stemmers/dist/fi.js"() {
    s3 = new function() {
      function s8() {
        return 0 != t2.h(h);
      }
      function i2() {
        return !!(t2.g("i") && t2.n(m, 97, 246));
      }
      var t2 = new r2(), c2 = [["pa", -1, 1], ["sti", -1, 2], ["kaan", -1, 1], ["han", -1, 1], ["kin", -1, 1], ["h\xE4n", -1, 1], ["k\xE4\xE4n", -1, 1], ["ko", -1, 1], ["p\xE4", -1, 1], ["k\xF6", -1, 1]], u = [["lla", -1, -1], ["na", -1, -1], ["ssa", -1, -1], ["ta", -1, -1], ["lta", 3, -1], ["sta", 3, -1]], o2 = [["ll\xE4", -1, -1], ["n\xE4", -1, -1], ["ss\xE4", -1, -1], ["t\xE4", -1, -1], ["lt\xE4", 3, -1], ["st\xE4", 3, -1]], e2 = [["lle", -1, -1], ["ine", -1, -1]], a2 = [["nsa", -1, 3], ["mme", -1, 3], ["nne", -1, 3], ["ni", -1, 2], ["si", -1, 1], ["an", -1, 4], ["en", -1, 6], ["\xE4n", -1, 5], ["ns\xE4", -1, 3]], h = [["aa", -1, -1], ["ee", -1, -1], ["ii", -1, -1], ["oo", -1, -1], ["uu", -1, -1], ["\xE4\xE4", -1, -1], ["\xF6\xF6", -1, -1]], n2 = [["a", -1, 8], ["lla", 0, -1], ["na", 0, -1], ["ssa", 0, -1], ["ta", 0, -1], ["lta", 4, -1], ["sta", 4, -1], ["tta", 4, 2], ["lle", -1, -1], ["ine", -1, -1], ["ksi", -1, -1], ["n", -1, 7], ["han", 11, 1], ["den", 11, -1, i2], ["seen", 11, -1, s8], ["hen", 11, 2], ["tten", 11, -1, i2], ["hin", 11, 3], ["siin", 11, -1, i2], ["hon", 11, 4], ["h\xE4n", 11, 5], ["h\xF6n", 11, 6], ["\xE4", -1, 8], ["ll\xE4", 22, -1], ["n\xE4", 22, -1], ["ss\xE4", 22, -1], ["t\xE4", 22, -1], ["lt\xE4", 26, -1], ["st\xE4", 26, -1], ["tt\xE4", 26, 2]], f = [["eja", -1, -1], ["mma", -1, 1], ["imma", 1, -1], ["mpa", -1, 1], ["impa", 3, -1], ["mmi", -1, 1], ["immi", 5, -1], ["mpi", -1, 1], ["impi", 7, -1], ["ej\xE4", -1, -1], ["mm\xE4", -1, 1], ["imm\xE4", 10, -1], ["mp\xE4", -1, 1], ["imp\xE4", 12, -1]], l4 = [["i", -1, -1], ["j", -1, -1]], k = [["mma", -1, 1], ["imma", 0, -1]], g2 = [17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8], b = [119, 223, 119, 1], d = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32], m = [17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32], j = [17, 97, 24, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32], v2 = false, p = "", A2 = 0, C2 = 0;
      this.l = function() {
        var r7, i3 = t2.cursor;
        !(function() {
          for (A2 = C2 = t2.a; ; ) {
            var r8 = t2.cursor;
            if (t2.i(d, 97, 246)) {
              t2.cursor = r8;
              break;
            }
            if (t2.cursor = r8, t2.cursor >= t2.a) return;
            t2.cursor++;
          }
          for (; !t2.k(d, 97, 246); ) {
            if (t2.cursor >= t2.a) return;
            t2.cursor++;
          }
          for (C2 = t2.cursor; ; ) {
            if (r8 = t2.cursor, t2.i(d, 97, 246)) {
              t2.cursor = r8;
              break;
            }
            if (t2.cursor = r8, t2.cursor >= t2.a) return;
            t2.cursor++;
          }
          for (; !t2.k(d, 97, 246); ) {
            if (t2.cursor >= t2.a) return;
            t2.cursor++;
          }
          A2 = t2.cursor;
        })(), t2.cursor = i3, v2 = false, t2.f = t2.cursor, t2.cursor = t2.a, i3 = t2.a - t2.cursor;
        r: if (!(t2.cursor < C2)) {
          var h2 = t2.f;
          if (t2.f = C2, t2.d = t2.cursor, 0 == (r7 = t2.h(c2))) t2.f = h2;
          else {
            switch (t2.c = t2.cursor, t2.f = h2, r7) {
              case 1:
                if (!t2.n(j, 97, 246)) break r;
                break;
              case 2:
                if (!(A2 <= t2.cursor)) break r;
            }
            t2.e();
          }
        }
        if (t2.cursor = t2.a - i3, i3 = t2.a - t2.cursor, !(t2.cursor < C2)) if (h2 = t2.f, t2.f = C2, t2.d = t2.cursor, 0 == (r7 = t2.h(a2))) t2.f = h2;
        else switch (t2.c = t2.cursor, t2.f = h2, r7) {
          case 1:
            if (r7 = t2.a - t2.cursor, t2.g("k")) break;
            t2.cursor = t2.a - r7, t2.e();
            break;
          case 2:
            if (!t2.e() || (t2.d = t2.cursor, !t2.g("kse"))) break;
            t2.c = t2.cursor, t2.b("ksi");
            break;
          case 3:
            t2.e();
            break;
          case 4:
            0 == t2.h(u) || t2.e();
            break;
          case 5:
            0 == t2.h(o2) || t2.e();
            break;
          case 6:
            0 == t2.h(e2) || t2.e();
        }
        t2.cursor = t2.a - i3, i3 = t2.a - t2.cursor, (function() {
          var r8;
          if (!(t2.cursor < C2)) {
            var i4 = t2.f;
            if (t2.f = C2, t2.d = t2.cursor, 0 == (r8 = t2.h(n2))) t2.f = i4;
            else {
              switch (t2.c = t2.cursor, t2.f = i4, r8) {
                case 1:
                  if (!t2.g("a")) return;
                  break;
                case 2:
                  if (!t2.g("e")) return;
                  break;
                case 3:
                  if (!t2.g("i")) return;
                  break;
                case 4:
                  if (!t2.g("o")) return;
                  break;
                case 5:
                  if (!t2.g("\xE4")) return;
                  break;
                case 6:
                  if (!t2.g("\xF6")) return;
                  break;
                case 7:
                  r8 = t2.a - t2.cursor;
                  r: {
                    i4 = t2.a - t2.cursor;
                    s: {
                      var c3 = t2.a - t2.cursor;
                      if (s8()) break s;
                      if (t2.cursor = t2.a - c3, !t2.g("ie")) {
                        t2.cursor = t2.a - r8;
                        break r;
                      }
                    }
                    t2.cursor = t2.a - i4, t2.cursor <= t2.f ? t2.cursor = t2.a - r8 : (t2.cursor--, t2.c = t2.cursor);
                  }
                  break;
                case 8:
                  if (!t2.n(d, 97, 246) || !t2.n(b, 98, 122)) return;
              }
              t2.e() && (v2 = true);
            }
          }
        })(), t2.cursor = t2.a - i3, i3 = t2.a - t2.cursor;
        r: if (!(t2.cursor < A2)) if (h2 = t2.f, t2.f = A2, t2.d = t2.cursor, 0 == (r7 = t2.h(f))) t2.f = h2;
        else {
          if (t2.c = t2.cursor, t2.f = h2, 1 === r7) {
            if (r7 = t2.a - t2.cursor, t2.g("po")) break r;
            t2.cursor = t2.a - r7;
          }
          t2.e();
        }
        t2.cursor = t2.a - i3;
        r: {
          if (v2) {
            i3 = t2.a - t2.cursor, t2.cursor < C2 || (r7 = t2.f, t2.f = C2, t2.d = t2.cursor, 0 == t2.h(l4) ? t2.f = r7 : (t2.c = t2.cursor, t2.f = r7, t2.e())), t2.cursor = t2.a - i3;
            break r;
          }
          i3 = t2.a - t2.cursor;
          s: if (!(t2.cursor < C2)) if (r7 = t2.f, t2.f = C2, t2.d = t2.cursor, t2.g("t")) if (t2.c = t2.cursor, h2 = t2.a - t2.cursor, t2.n(d, 97, 246)) {
            if (t2.cursor = t2.a - h2, t2.e() && (t2.f = r7, !(t2.cursor < A2))) if (h2 = t2.f, t2.f = A2, t2.d = t2.cursor, 0 == (r7 = t2.h(k))) t2.f = h2;
            else {
              if (t2.c = t2.cursor, t2.f = h2, 1 === r7) {
                if (r7 = t2.a - t2.cursor, t2.g("po")) break s;
                t2.cursor = t2.a - r7;
              }
              t2.e();
            }
          } else t2.f = r7;
          else t2.f = r7;
          t2.cursor = t2.a - i3;
        }
        return i3 = t2.a - t2.cursor, !(function() {
          if (!(t2.cursor < C2)) {
            var r8 = t2.f;
            t2.f = C2;
            var i4 = t2.a - t2.cursor, c3 = t2.a - t2.cursor;
            if (!s8() || (t2.cursor = t2.a - c3, t2.d = t2.cursor, t2.cursor <= t2.f || (t2.cursor--, t2.c = t2.cursor, t2.e()))) {
              if (t2.cursor = t2.a - i4, i4 = t2.a - t2.cursor, t2.d = t2.cursor, !(t2.n(g2, 97, 228) && (t2.c = t2.cursor, t2.n(b, 98, 122) && !t2.e()))) {
                t2.cursor = t2.a - i4, i4 = t2.a - t2.cursor;
                r: if (t2.d = t2.cursor, t2.g("j")) {
                  if ((t2.c = t2.cursor, c3 = t2.a - t2.cursor, !t2.g("o")) && (t2.cursor = t2.a - c3, !t2.g("u"))) break r;
                  if (!t2.e()) return;
                }
                if (t2.cursor = t2.a - i4, i4 = t2.a - t2.cursor, t2.d = t2.cursor, !(t2.g("o") && (t2.c = t2.cursor, t2.g("j") && !t2.e()))) {
                  for (t2.cursor = t2.a - i4, t2.f = r8; ; ) {
                    if (r8 = t2.a - t2.cursor, t2.q(d, 97, 246)) {
                      t2.cursor = t2.a - r8;
                      break;
                    }
                    if (t2.cursor = t2.a - r8, t2.cursor <= t2.f) return;
                    t2.cursor--;
                  }
                  t2.d = t2.cursor, t2.n(b, 98, 122) && (t2.c = t2.cursor, "" != (p = t2.u()) && t2.g(p) && t2.e());
                }
              }
            }
          }
        })(), t2.cursor = t2.a - i3, t2.cursor = t2.f, true;
      }, this.stemWord = function(r7) {
        return t2.p(r7), this.l(), t2.j;
      };
    }();
  }
});

// node_modules/@orama/stemmers/dist/fr.js
function r3() {
  this.p = function(r7) {
    this.j = r7, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r7) {
    this.j = r7.j, this.cursor = r7.cursor, this.a = r7.a, this.f = r7.f, this.c = r7.c, this.d = r7.d;
  }, this.i = function(r7, s8, e2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > e2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r7, s8, e2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > e2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r7, s8, e2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > e2 || i2 < s8 ? (this.cursor++, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r7, s8, e2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > e2 || i2 < s8 ? (this.cursor--, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r7) {
    return !(this.a - this.cursor < r7.length) && this.j.slice(this.cursor, this.cursor + r7.length) == r7 && (this.cursor += r7.length, true);
  }, this.g = function(r7) {
    return !(this.cursor - this.f < r7.length) && this.j.slice(this.cursor - r7.length, this.cursor) == r7 && (this.cursor -= r7.length, true);
  }, this.o = function(r7) {
    for (var s8 = 0, e2 = r7.length, i2 = this.cursor, u = this.a, t2 = 0, c2 = 0, a2 = false; ; ) {
      var o2, n2 = s8 + (e2 - s8 >>> 1), f = 0, h = t2 < c2 ? t2 : c2, b = r7[n2];
      for (o2 = h; o2 < b[0].length; o2++) {
        if (i2 + h == u) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 + h) - b[0].charCodeAt(o2))) break;
        h++;
      }
      if (0 > f ? (e2 = n2, c2 = h) : (s8 = n2, t2 = h), 1 >= e2 - s8) {
        if (0 < s8 || e2 == s8 || a2) break;
        a2 = true;
      }
    }
    for (; ; ) {
      if (t2 >= (b = r7[s8])[0].length && (this.cursor = i2 + b[0].length, 4 > b.length || (s8 = b[3](this), this.cursor = i2 + b[0].length, s8))) return b[2];
      if (0 > (s8 = b[1])) return 0;
    }
  }, this.h = function(r7) {
    for (var s8 = 0, e2 = r7.length, i2 = this.cursor, u = this.f, t2 = 0, c2 = 0, a2 = false; ; ) {
      var o2, n2 = s8 + (e2 - s8 >> 1), f = 0, h = t2 < c2 ? t2 : c2, b = r7[n2];
      for (o2 = b[0].length - 1 - h; 0 <= o2; o2--) {
        if (i2 - h == u) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 - 1 - h) - b[0].charCodeAt(o2))) break;
        h++;
      }
      if (0 > f ? (e2 = n2, c2 = h) : (s8 = n2, t2 = h), 1 >= e2 - s8) {
        if (0 < s8 || e2 == s8 || a2) break;
        a2 = true;
      }
    }
    for (; ; ) {
      if (t2 >= (b = r7[s8])[0].length && (this.cursor = i2 - b[0].length, 4 > b.length || (s8 = b[3](this), this.cursor = i2 - b[0].length, s8))) return b[2];
      if (0 > (s8 = b[1])) return 0;
    }
  }, this.s = function(r7, s8, e2) {
    var i2 = e2.length - (s8 - r7);
    return this.j = this.j.slice(0, r7) + e2 + this.j.slice(s8), this.a += i2, this.cursor >= s8 ? this.cursor += i2 : this.cursor > r7 && (this.cursor = r7), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r7) {
    var s8 = false;
    return this.t() && (this.s(this.c, this.d, r7), s8 = true), s8;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r7, s8, e2) {
    s8 = this.s(r7, s8, e2), r7 <= this.c && (this.c += s8), r7 <= this.d && (this.d += s8);
  }, this.u = function() {
    var r7 = "";
    return this.t() && (r7 = this.j.slice(this.c, this.d)), r7;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
function stemmer4(r7) {
  return s4.stemWord(r7);
}
var s4;
var init_fr = __esm({
  "node_modules/@orama/stemmers/dist/fr.js"() {
    s4 = new function() {
      function s8() {
        return m <= u.cursor;
      }
      function e2() {
        return v2 <= u.cursor;
      }
      function i2() {
        return g2 <= u.cursor;
      }
      var u = new r3(), t2 = [["col", -1, -1], ["par", -1, -1], ["tap", -1, -1]], c2 = [["", -1, 7], ["H", 0, 6], ["He", 1, 4], ["Hi", 1, 5], ["I", 0, 1], ["U", 0, 2], ["Y", 0, 3]], a2 = [["iqU", -1, 3], ["abl", -1, 3], ["I\xE8r", -1, 4], ["i\xE8r", -1, 4], ["eus", -1, 2], ["iv", -1, 1]], o2 = [["ic", -1, 2], ["abil", -1, 1], ["iv", -1, 3]], n2 = [["iqUe", -1, 1], ["atrice", -1, 2], ["ance", -1, 1], ["ence", -1, 5], ["logie", -1, 3], ["able", -1, 1], ["isme", -1, 1], ["euse", -1, 11], ["iste", -1, 1], ["ive", -1, 8], ["if", -1, 8], ["usion", -1, 4], ["ation", -1, 2], ["ution", -1, 4], ["ateur", -1, 2], ["iqUes", -1, 1], ["atrices", -1, 2], ["ances", -1, 1], ["ences", -1, 5], ["logies", -1, 3], ["ables", -1, 1], ["ismes", -1, 1], ["euses", -1, 11], ["istes", -1, 1], ["ives", -1, 8], ["ifs", -1, 8], ["usions", -1, 4], ["ations", -1, 2], ["utions", -1, 4], ["ateurs", -1, 2], ["ments", -1, 15], ["ements", 30, 6], ["issements", 31, 12], ["it\xE9s", -1, 7], ["ment", -1, 15], ["ement", 34, 6], ["issement", 35, 12], ["amment", 34, 13], ["emment", 34, 14], ["aux", -1, 10], ["eaux", 39, 9], ["eux", -1, 1], ["it\xE9", -1, 7]], f = [["ira", -1, 1], ["ie", -1, 1], ["isse", -1, 1], ["issante", -1, 1], ["i", -1, 1], ["irai", 4, 1], ["ir", -1, 1], ["iras", -1, 1], ["ies", -1, 1], ["\xEEmes", -1, 1], ["isses", -1, 1], ["issantes", -1, 1], ["\xEEtes", -1, 1], ["is", -1, 1], ["irais", 13, 1], ["issais", 13, 1], ["irions", -1, 1], ["issions", -1, 1], ["irons", -1, 1], ["issons", -1, 1], ["issants", -1, 1], ["it", -1, 1], ["irait", 21, 1], ["issait", 21, 1], ["issant", -1, 1], ["iraIent", -1, 1], ["issaIent", -1, 1], ["irent", -1, 1], ["issent", -1, 1], ["iront", -1, 1], ["\xEEt", -1, 1], ["iriez", -1, 1], ["issiez", -1, 1], ["irez", -1, 1], ["issez", -1, 1]], h = [["a", -1, 3], ["era", 0, 2], ["asse", -1, 3], ["ante", -1, 3], ["\xE9e", -1, 2], ["ai", -1, 3], ["erai", 5, 2], ["er", -1, 2], ["as", -1, 3], ["eras", 8, 2], ["\xE2mes", -1, 3], ["asses", -1, 3], ["antes", -1, 3], ["\xE2tes", -1, 3], ["\xE9es", -1, 2], ["ais", -1, 3], ["erais", 15, 2], ["ions", -1, 1], ["erions", 17, 2], ["assions", 17, 3], ["erons", -1, 2], ["ants", -1, 3], ["\xE9s", -1, 2], ["ait", -1, 3], ["erait", 23, 2], ["ant", -1, 3], ["aIent", -1, 3], ["eraIent", 26, 2], ["\xE8rent", -1, 2], ["assent", -1, 3], ["eront", -1, 2], ["\xE2t", -1, 3], ["ez", -1, 2], ["iez", 32, 2], ["eriez", 33, 2], ["assiez", 33, 3], ["erez", 32, 2], ["\xE9", -1, 2]], b = [["e", -1, 3], ["I\xE8re", 0, 2], ["i\xE8re", 0, 2], ["ion", -1, 1], ["Ier", -1, 2], ["ier", -1, 2]], k = [["ell", -1, -1], ["eill", -1, -1], ["enn", -1, -1], ["onn", -1, -1], ["ett", -1, -1]], l4 = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 130, 103, 8, 5], d = [1, 65, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128], g2 = 0, v2 = 0, m = 0;
      this.l = function() {
        var r7 = u.cursor;
        !(function() {
          for (; ; ) {
            var r8 = u.cursor;
            r: {
              for (; ; ) {
                var s9 = u.cursor;
                s: {
                  e: {
                    var e3 = u.cursor;
                    i: if (u.i(l4, 97, 251)) {
                      u.c = u.cursor;
                      u: {
                        var i3 = u.cursor;
                        if (u.m("u") && (u.d = u.cursor, u.i(l4, 97, 251))) {
                          if (!u.b("U")) return;
                          break u;
                        }
                        if (u.cursor = i3, u.m("i") && (u.d = u.cursor, u.i(l4, 97, 251))) {
                          if (!u.b("I")) return;
                          break u;
                        }
                        if (u.cursor = i3, !u.m("y")) break i;
                        if (u.d = u.cursor, !u.b("Y")) return;
                      }
                      break e;
                    }
                    if (u.cursor = e3, u.c = u.cursor, u.m("\xEB")) {
                      if (u.d = u.cursor, !u.b("He")) return;
                      break e;
                    }
                    if (u.cursor = e3, u.c = u.cursor, u.m("\xEF")) {
                      if (u.d = u.cursor, !u.b("Hi")) return;
                      break e;
                    }
                    if (u.cursor = e3, u.c = u.cursor, u.m("y") && (u.d = u.cursor, u.i(l4, 97, 251))) {
                      if (!u.b("Y")) return;
                      break e;
                    }
                    if (u.cursor = e3, !u.m("q") || (u.c = u.cursor, !u.m("u"))) break s;
                    if (u.d = u.cursor, !u.b("U")) return;
                  }
                  u.cursor = s9;
                  break;
                }
                if (u.cursor = s9, u.cursor >= u.a) break r;
                u.cursor++;
              }
              continue;
            }
            u.cursor = r8;
            break;
          }
        })(), u.cursor = r7, g2 = v2 = m = u.a, r7 = u.cursor;
        r: {
          t: {
            var j = u.cursor;
            if (u.i(l4, 97, 251) && u.i(l4, 97, 251) && !(u.cursor >= u.a)) {
              u.cursor++;
              break t;
            }
            if (u.cursor = j, 0 != u.o(t2)) break t;
            if (u.cursor = j, u.cursor >= u.a) break r;
            for (u.cursor++; !u.i(l4, 97, 251); ) {
              if (u.cursor >= u.a) break r;
              u.cursor++;
            }
          }
          m = u.cursor;
        }
        u.cursor = r7, r7 = u.cursor;
        r: {
          for (; !u.i(l4, 97, 251); ) {
            if (u.cursor >= u.a) break r;
            u.cursor++;
          }
          for (; !u.k(l4, 97, 251); ) {
            if (u.cursor >= u.a) break r;
            u.cursor++;
          }
          for (v2 = u.cursor; !u.i(l4, 97, 251); ) {
            if (u.cursor >= u.a) break r;
            u.cursor++;
          }
          for (; !u.k(l4, 97, 251); ) {
            if (u.cursor >= u.a) break r;
            u.cursor++;
          }
          g2 = u.cursor;
        }
        u.cursor = r7, u.f = u.cursor, u.cursor = u.a, r7 = u.a - u.cursor;
        t: {
          j = u.a - u.cursor;
          s: {
            var q2 = u.a - u.cursor;
            e: {
              var z2 = u.a - u.cursor;
              if ((function() {
                var r8;
                if (u.d = u.cursor, 0 == (r8 = u.h(n2))) return false;
                switch (u.c = u.cursor, r8) {
                  case 1:
                    if (!i2() || !u.e()) return false;
                    break;
                  case 2:
                    if (!i2() || !u.e()) return false;
                    if (r8 = u.a - u.cursor, u.d = u.cursor, u.g("ic")) {
                      u.c = u.cursor;
                      t: {
                        if (r8 = u.a - u.cursor, i2()) {
                          if (!u.e()) return false;
                          break t;
                        }
                        if (u.cursor = u.a - r8, !u.b("iqU")) return false;
                      }
                    } else u.cursor = u.a - r8;
                    break;
                  case 3:
                    if (!i2() || !u.b("log")) return false;
                    break;
                  case 4:
                    if (!i2() || !u.b("u")) return false;
                    break;
                  case 5:
                    if (!i2() || !u.b("ent")) return false;
                    break;
                  case 6:
                    if (!s8() || !u.e()) return false;
                    var t3 = u.a - u.cursor;
                    r: if (u.d = u.cursor, 0 == (r8 = u.h(a2))) u.cursor = u.a - t3;
                    else switch (u.c = u.cursor, r8) {
                      case 1:
                        if (!i2()) {
                          u.cursor = u.a - t3;
                          break r;
                        }
                        if (!u.e()) return false;
                        if (u.d = u.cursor, !u.g("at") || (u.c = u.cursor, !i2())) {
                          u.cursor = u.a - t3;
                          break r;
                        }
                        if (!u.e()) return false;
                        break;
                      case 2:
                        t: {
                          if (r8 = u.a - u.cursor, i2()) {
                            if (!u.e()) return false;
                            break t;
                          }
                          if (u.cursor = u.a - r8, !e2()) {
                            u.cursor = u.a - t3;
                            break r;
                          }
                          if (!u.b("eux")) return false;
                        }
                        break;
                      case 3:
                        if (!i2()) {
                          u.cursor = u.a - t3;
                          break r;
                        }
                        if (!u.e()) return false;
                        break;
                      case 4:
                        if (!s8()) {
                          u.cursor = u.a - t3;
                          break r;
                        }
                        if (!u.b("i")) return false;
                    }
                    break;
                  case 7:
                    if (!i2() || !u.e()) return false;
                    t3 = u.a - u.cursor;
                    r: if (u.d = u.cursor, 0 == (r8 = u.h(o2))) u.cursor = u.a - t3;
                    else switch (u.c = u.cursor, r8) {
                      case 1:
                        t: {
                          if (r8 = u.a - u.cursor, i2()) {
                            if (!u.e()) return false;
                            break t;
                          }
                          if (u.cursor = u.a - r8, !u.b("abl")) return false;
                        }
                        break;
                      case 2:
                        t: {
                          if (r8 = u.a - u.cursor, i2()) {
                            if (!u.e()) return false;
                            break t;
                          }
                          if (u.cursor = u.a - r8, !u.b("iqU")) return false;
                        }
                        break;
                      case 3:
                        if (!i2()) {
                          u.cursor = u.a - t3;
                          break r;
                        }
                        if (!u.e()) return false;
                    }
                    break;
                  case 8:
                    if (!i2() || !u.e()) return false;
                    if (r8 = u.a - u.cursor, u.d = u.cursor, u.g("at")) if (u.c = u.cursor, i2()) {
                      if (!u.e()) return false;
                      if (u.d = u.cursor, u.g("ic")) {
                        u.c = u.cursor;
                        t: {
                          if (r8 = u.a - u.cursor, i2()) {
                            if (!u.e()) return false;
                            break t;
                          }
                          if (u.cursor = u.a - r8, !u.b("iqU")) return false;
                        }
                      } else u.cursor = u.a - r8;
                    } else u.cursor = u.a - r8;
                    else u.cursor = u.a - r8;
                    break;
                  case 9:
                    if (!u.b("eau")) return false;
                    break;
                  case 10:
                    if (!e2() || !u.b("al")) return false;
                    break;
                  case 11:
                    r: {
                      if (r8 = u.a - u.cursor, i2()) {
                        if (!u.e()) return false;
                        break r;
                      }
                      if (u.cursor = u.a - r8, !e2() || !u.b("eux")) return false;
                    }
                    break;
                  case 12:
                    if (!e2() || !u.q(l4, 97, 251) || !u.e()) return false;
                    break;
                  case 13:
                    if (!s8()) return false;
                    return u.b("ant"), false;
                  case 14:
                    if (!s8()) return false;
                    return u.b("ent"), false;
                  case 15:
                    if (r8 = u.a - u.cursor, !u.n(l4, 97, 251) || !s8()) return false;
                    return u.cursor = u.a - r8, u.e(), false;
                }
                return true;
              })() || (u.cursor = u.a - z2, (function() {
                if (u.cursor < m) return false;
                var r8 = u.f;
                if (u.f = m, u.d = u.cursor, 0 == u.h(f)) return u.f = r8, false;
                u.c = u.cursor;
                var s9 = u.a - u.cursor;
                return u.g("H") ? (u.f = r8, false) : (u.cursor = u.a - s9, u.q(l4, 97, 251)) ? !!u.e() && (u.f = r8, true) : (u.f = r8, false);
              })())) break e;
              if (u.cursor = u.a - z2, !(function() {
                if (u.cursor < m) return false;
                var r8, s9 = u.f;
                if (u.f = m, u.d = u.cursor, 0 == (r8 = u.h(h))) return u.f = s9, false;
                switch (u.c = u.cursor, r8) {
                  case 1:
                    if (!i2()) return u.f = s9, false;
                    if (!u.e()) return false;
                    break;
                  case 2:
                    if (!u.e()) return false;
                    break;
                  case 3:
                    if (!u.e()) return false;
                    if (r8 = u.a - u.cursor, u.d = u.cursor, u.g("e")) {
                      if (u.c = u.cursor, !u.e()) return false;
                    } else u.cursor = u.a - r8;
                }
                return u.f = s9, true;
              })()) break s;
            }
            u.cursor = u.a - q2, j = u.a - u.cursor, u.d = u.cursor;
            i: {
              if (q2 = u.a - u.cursor, u.g("Y")) {
                if (u.c = u.cursor, !u.b("i")) return false;
                break i;
              }
              if (u.cursor = u.a - q2, u.g("\xE7")) {
                if (u.c = u.cursor, !u.b("c")) return false;
              } else u.cursor = u.a - j;
            }
            break t;
          }
          u.cursor = u.a - j, (function() {
            var r8, s9 = u.a - u.cursor;
            r: if (u.d = u.cursor, u.g("s")) {
              u.c = u.cursor, r8 = u.a - u.cursor;
              t: {
                var e3 = u.a - u.cursor;
                if (u.g("Hi")) break t;
                if (u.cursor = u.a - e3, !u.q(d, 97, 232)) {
                  u.cursor = u.a - s9;
                  break r;
                }
              }
              if (u.cursor = u.a - r8, !u.e()) return;
            } else u.cursor = u.a - s9;
            if (!(u.cursor < m)) {
              if (s9 = u.f, u.f = m, u.d = u.cursor, 0 != (r8 = u.h(b))) switch (u.c = u.cursor, r8) {
                case 1:
                  if (!i2()) {
                    u.f = s9;
                    return;
                  }
                  if ((r8 = u.a - u.cursor, !u.g("s")) && (u.cursor = u.a - r8, !u.g("t"))) {
                    u.f = s9;
                    return;
                  }
                  if (!u.e()) return;
                  break;
                case 2:
                  if (!u.b("i")) return;
                  break;
                case 3:
                  if (!u.e()) return;
              }
              u.f = s9;
            }
          })();
        }
        u.cursor = u.a - r7, r7 = u.a - u.cursor, j = u.a - u.cursor, 0 != u.h(k) && (u.cursor = u.a - j, u.d = u.cursor, u.cursor <= u.f || (u.cursor--, u.c = u.cursor, u.e())), u.cursor = u.a - r7, r7 = u.a - u.cursor;
        r: {
          for (j = 1; ; ) {
            if (u.q(l4, 97, 251)) {
              j--;
              continue;
            }
            break;
          }
          if (!(0 < j)) {
            if ((u.d = u.cursor, j = u.a - u.cursor, !u.g("\xE9")) && (u.cursor = u.a - j, !u.g("\xE8"))) break r;
            u.c = u.cursor, u.b("e");
          }
        }
        return u.cursor = u.a - r7, u.cursor = u.f, r7 = u.cursor, !(function() {
          for (var r8; ; ) {
            var s9 = u.cursor;
            r: if (u.c = u.cursor, 0 != (r8 = u.o(c2))) {
              switch (u.d = u.cursor, r8) {
                case 1:
                  if (!u.b("i")) return;
                  break;
                case 2:
                  if (!u.b("u")) return;
                  break;
                case 3:
                  if (!u.b("y")) return;
                  break;
                case 4:
                  if (!u.b("\xEB")) return;
                  break;
                case 5:
                  if (!u.b("\xEF")) return;
                  break;
                case 6:
                  if (!u.e()) return;
                  break;
                case 7:
                  if (u.cursor >= u.a) break r;
                  u.cursor++;
              }
              continue;
            }
            u.cursor = s9;
            break;
          }
        })(), u.cursor = r7, true;
      }, this.stemWord = function(r7) {
        return u.p(r7), this.l(), u.j;
      };
    }();
  }
});

// node_modules/@orama/stemmers/dist/de.js
function r4() {
  this.p = function(r7) {
    this.j = r7, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r7) {
    this.j = r7.j, this.cursor = r7.cursor, this.a = r7.a, this.f = r7.f, this.c = r7.c, this.d = r7.d;
  }, this.i = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > t2 || i2 < s8 ? (this.cursor++, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > t2 || i2 < s8 ? (this.cursor--, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r7) {
    return !(this.a - this.cursor < r7.length) && this.j.slice(this.cursor, this.cursor + r7.length) == r7 && (this.cursor += r7.length, true);
  }, this.g = function(r7) {
    return !(this.cursor - this.f < r7.length) && this.j.slice(this.cursor - r7.length, this.cursor) == r7 && (this.cursor -= r7.length, true);
  }, this.o = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, c2 = this.a, u = 0, o2 = 0, e2 = false; ; ) {
      var h, n2 = s8 + (t2 - s8 >>> 1), a2 = 0, f = u < o2 ? u : o2, b = r7[n2];
      for (h = f; h < b[0].length; h++) {
        if (i2 + f == c2) {
          a2 = -1;
          break;
        }
        if (0 != (a2 = this.j.charCodeAt(i2 + f) - b[0].charCodeAt(h))) break;
        f++;
      }
      if (0 > a2 ? (t2 = n2, o2 = f) : (s8 = n2, u = f), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || e2) break;
        e2 = true;
      }
    }
    for (; ; ) {
      if (u >= (b = r7[s8])[0].length && (this.cursor = i2 + b[0].length, 4 > b.length || (s8 = b[3](this), this.cursor = i2 + b[0].length, s8))) return b[2];
      if (0 > (s8 = b[1])) return 0;
    }
  }, this.h = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, c2 = this.f, u = 0, o2 = 0, e2 = false; ; ) {
      var h, n2 = s8 + (t2 - s8 >> 1), a2 = 0, f = u < o2 ? u : o2, b = r7[n2];
      for (h = b[0].length - 1 - f; 0 <= h; h--) {
        if (i2 - f == c2) {
          a2 = -1;
          break;
        }
        if (0 != (a2 = this.j.charCodeAt(i2 - 1 - f) - b[0].charCodeAt(h))) break;
        f++;
      }
      if (0 > a2 ? (t2 = n2, o2 = f) : (s8 = n2, u = f), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || e2) break;
        e2 = true;
      }
    }
    for (; ; ) {
      if (u >= (b = r7[s8])[0].length && (this.cursor = i2 - b[0].length, 4 > b.length || (s8 = b[3](this), this.cursor = i2 - b[0].length, s8))) return b[2];
      if (0 > (s8 = b[1])) return 0;
    }
  }, this.s = function(r7, s8, t2) {
    var i2 = t2.length - (s8 - r7);
    return this.j = this.j.slice(0, r7) + t2 + this.j.slice(s8), this.a += i2, this.cursor >= s8 ? this.cursor += i2 : this.cursor > r7 && (this.cursor = r7), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r7) {
    var s8 = false;
    return this.t() && (this.s(this.c, this.d, r7), s8 = true), s8;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r7, s8, t2) {
    s8 = this.s(r7, s8, t2), r7 <= this.c && (this.c += s8), r7 <= this.d && (this.d += s8);
  }, this.u = function() {
    var r7 = "";
    return this.t() && (r7 = this.j.slice(this.c, this.d)), r7;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
function stemmer5(r7) {
  return s5.stemWord(r7);
}
var s5;
var init_de = __esm({
  "node_modules/@orama/stemmers/dist/de.js"() {
    s5 = new function() {
      var s8 = new r4(), t2 = [["", -1, 5], ["U", 0, 2], ["Y", 0, 1], ["\xE4", 0, 3], ["\xF6", 0, 4], ["\xFC", 0, 2]], i2 = [["e", -1, 2], ["em", -1, 1], ["en", -1, 2], ["ern", -1, 1], ["er", -1, 1], ["s", -1, 3], ["es", 5, 2]], c2 = [["en", -1, 1], ["er", -1, 1], ["st", -1, 2], ["est", 2, 1]], u = [["ig", -1, 1], ["lich", -1, 1]], o2 = [["end", -1, 1], ["ig", -1, 2], ["ung", -1, 1], ["lich", -1, 3], ["isch", -1, 2], ["ik", -1, 2], ["heit", -1, 3], ["keit", -1, 4]], e2 = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32, 8], h = [117, 30, 5], n2 = [117, 30, 4], a2 = 0, f = 0, b = 0;
      this.l = function() {
        var r7 = s8.cursor;
        return !(function() {
          for (var r8 = s8.cursor; ; ) {
            var t3 = s8.cursor;
            r: {
              s: {
                var i3 = s8.cursor;
                if (s8.c = s8.cursor, s8.m("\xDF")) {
                  if (s8.d = s8.cursor, !s8.b("ss")) return;
                  break s;
                }
                if (s8.cursor = i3, s8.cursor >= s8.a) break r;
                s8.cursor++;
              }
              continue;
            }
            s8.cursor = t3;
            break;
          }
          for (s8.cursor = r8; ; ) {
            r8 = s8.cursor;
            r: {
              for (; ; ) {
                t3 = s8.cursor;
                t: if (s8.i(e2, 97, 252)) {
                  s8.c = s8.cursor;
                  i: {
                    if (i3 = s8.cursor, s8.m("u") && (s8.d = s8.cursor, s8.i(e2, 97, 252))) {
                      if (!s8.b("U")) return;
                      break i;
                    }
                    if (s8.cursor = i3, !s8.m("y") || (s8.d = s8.cursor, !s8.i(e2, 97, 252))) break t;
                    if (!s8.b("Y")) return;
                  }
                  s8.cursor = t3;
                  break;
                }
                if (s8.cursor = t3, s8.cursor >= s8.a) break r;
                s8.cursor++;
              }
              continue;
            }
            s8.cursor = r8;
            break;
          }
        })(), s8.cursor = r7, r7 = s8.cursor, !(function() {
          f = b = s8.a;
          var r8 = s8.cursor, t3 = s8.cursor + 3;
          if (!(t3 > s8.a)) {
            for (s8.cursor = t3, a2 = s8.cursor, s8.cursor = r8; !s8.i(e2, 97, 252); ) {
              if (s8.cursor >= s8.a) return;
              s8.cursor++;
            }
            for (; !s8.k(e2, 97, 252); ) {
              if (s8.cursor >= s8.a) return;
              s8.cursor++;
            }
            for ((b = s8.cursor) < a2 && (b = a2); !s8.i(e2, 97, 252); ) {
              if (s8.cursor >= s8.a) return;
              s8.cursor++;
            }
            for (; !s8.k(e2, 97, 252); ) {
              if (s8.cursor >= s8.a) return;
              s8.cursor++;
            }
            f = s8.cursor;
          }
        })(), s8.cursor = r7, s8.f = s8.cursor, s8.cursor = s8.a, !(function() {
          var r8, t3 = s8.a - s8.cursor;
          r: if (s8.d = s8.cursor, 0 != (r8 = s8.h(i2)) && (s8.c = s8.cursor, b <= s8.cursor)) switch (r8) {
            case 1:
              if (!s8.e()) return;
              break;
            case 2:
              if (!s8.e()) return;
              if (r8 = s8.a - s8.cursor, s8.d = s8.cursor, s8.g("s")) if (s8.c = s8.cursor, s8.g("nis")) {
                if (!s8.e()) return;
              } else s8.cursor = s8.a - r8;
              else s8.cursor = s8.a - r8;
              break;
            case 3:
              if (!s8.n(h, 98, 116)) break r;
              if (!s8.e()) return;
          }
          s8.cursor = s8.a - t3, t3 = s8.a - s8.cursor;
          r: if (s8.d = s8.cursor, 0 != (r8 = s8.h(c2)) && (s8.c = s8.cursor, b <= s8.cursor)) switch (r8) {
            case 1:
              if (!s8.e()) return;
              break;
            case 2:
              if (!s8.n(n2, 98, 116) || (r8 = s8.cursor - 3) < s8.f) break r;
              if (s8.cursor = r8, !s8.e()) return;
          }
          s8.cursor = s8.a - t3, t3 = s8.a - s8.cursor;
          r: if (s8.d = s8.cursor, 0 != (r8 = s8.h(o2)) && (s8.c = s8.cursor, f <= s8.cursor)) switch (r8) {
            case 1:
              if (!s8.e()) return;
              r8 = s8.a - s8.cursor;
              s: if (s8.d = s8.cursor, s8.g("ig")) {
                s8.c = s8.cursor;
                var e3 = s8.a - s8.cursor;
                if (s8.g("e")) {
                  s8.cursor = s8.a - r8;
                  break s;
                }
                if (s8.cursor = s8.a - e3, f <= s8.cursor) {
                  if (!s8.e()) return;
                } else s8.cursor = s8.a - r8;
              } else s8.cursor = s8.a - r8;
              break;
            case 2:
              if (r8 = s8.a - s8.cursor, s8.g("e")) break r;
              if (s8.cursor = s8.a - r8, !s8.e()) return;
              break;
            case 3:
              if (!s8.e()) return;
              r8 = s8.a - s8.cursor;
              s: {
                if ((s8.d = s8.cursor, e3 = s8.a - s8.cursor, !s8.g("er")) && (s8.cursor = s8.a - e3, !s8.g("en"))) {
                  s8.cursor = s8.a - r8;
                  break s;
                }
                if (s8.c = s8.cursor, b <= s8.cursor) {
                  if (!s8.e()) return;
                } else s8.cursor = s8.a - r8;
              }
              break;
            case 4:
              if (!s8.e()) return;
              if (r8 = s8.a - s8.cursor, s8.d = s8.cursor, 0 == s8.h(u)) s8.cursor = s8.a - r8;
              else if (s8.c = s8.cursor, f <= s8.cursor) {
                if (!s8.e()) return;
              } else s8.cursor = s8.a - r8;
          }
          s8.cursor = s8.a - t3;
        })(), s8.cursor = s8.f, r7 = s8.cursor, !(function() {
          for (var r8; ; ) {
            var i3 = s8.cursor;
            r: if (s8.c = s8.cursor, 0 != (r8 = s8.o(t2))) {
              switch (s8.d = s8.cursor, r8) {
                case 1:
                  if (!s8.b("y")) return;
                  break;
                case 2:
                  if (!s8.b("u")) return;
                  break;
                case 3:
                  if (!s8.b("a")) return;
                  break;
                case 4:
                  if (!s8.b("o")) return;
                  break;
                case 5:
                  if (s8.cursor >= s8.a) break r;
                  s8.cursor++;
              }
              continue;
            }
            s8.cursor = i3;
            break;
          }
        })(), s8.cursor = r7, true;
      }, this.stemWord = function(r7) {
        return s8.p(r7), this.l(), s8.j;
      };
    }();
  }
});

// node_modules/@orama/stemmers/dist/no.js
function r5() {
  this.p = function(r7) {
    this.j = r7, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r7) {
    this.j = r7.j, this.cursor = r7.cursor, this.a = r7.a, this.f = r7.f, this.c = r7.c, this.d = r7.d;
  }, this.i = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > t2 || i2 < s8 ? (this.cursor++, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > t2 || i2 < s8 ? (this.cursor--, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r7) {
    return !(this.a - this.cursor < r7.length) && this.j.slice(this.cursor, this.cursor + r7.length) == r7 && (this.cursor += r7.length, true);
  }, this.g = function(r7) {
    return !(this.cursor - this.f < r7.length) && this.j.slice(this.cursor - r7.length, this.cursor) == r7 && (this.cursor -= r7.length, true);
  }, this.o = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, h = this.a, e2 = 0, c2 = 0, o2 = false; ; ) {
      var u, n2 = s8 + (t2 - s8 >>> 1), f = 0, a2 = e2 < c2 ? e2 : c2, l4 = r7[n2];
      for (u = a2; u < l4[0].length; u++) {
        if (i2 + a2 == h) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 + a2) - l4[0].charCodeAt(u))) break;
        a2++;
      }
      if (0 > f ? (t2 = n2, c2 = a2) : (s8 = n2, e2 = a2), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || o2) break;
        o2 = true;
      }
    }
    for (; ; ) {
      if (e2 >= (l4 = r7[s8])[0].length && (this.cursor = i2 + l4[0].length, 4 > l4.length || (s8 = l4[3](this), this.cursor = i2 + l4[0].length, s8))) return l4[2];
      if (0 > (s8 = l4[1])) return 0;
    }
  }, this.h = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, h = this.f, e2 = 0, c2 = 0, o2 = false; ; ) {
      var u, n2 = s8 + (t2 - s8 >> 1), f = 0, a2 = e2 < c2 ? e2 : c2, l4 = r7[n2];
      for (u = l4[0].length - 1 - a2; 0 <= u; u--) {
        if (i2 - a2 == h) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 - 1 - a2) - l4[0].charCodeAt(u))) break;
        a2++;
      }
      if (0 > f ? (t2 = n2, c2 = a2) : (s8 = n2, e2 = a2), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || o2) break;
        o2 = true;
      }
    }
    for (; ; ) {
      if (e2 >= (l4 = r7[s8])[0].length && (this.cursor = i2 - l4[0].length, 4 > l4.length || (s8 = l4[3](this), this.cursor = i2 - l4[0].length, s8))) return l4[2];
      if (0 > (s8 = l4[1])) return 0;
    }
  }, this.s = function(r7, s8, t2) {
    var i2 = t2.length - (s8 - r7);
    return this.j = this.j.slice(0, r7) + t2 + this.j.slice(s8), this.a += i2, this.cursor >= s8 ? this.cursor += i2 : this.cursor > r7 && (this.cursor = r7), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r7) {
    var s8 = false;
    return this.t() && (this.s(this.c, this.d, r7), s8 = true), s8;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r7, s8, t2) {
    s8 = this.s(r7, s8, t2), r7 <= this.c && (this.c += s8), r7 <= this.d && (this.d += s8);
  }, this.u = function() {
    var r7 = "";
    return this.t() && (r7 = this.j.slice(this.c, this.d)), r7;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
function stemmer6(r7) {
  return s6.stemWord(r7);
}
var s6;
var init_no = __esm({
  "node_modules/@orama/stemmers/dist/no.js"() {
    s6 = new function() {
      var s8 = new r5(), t2 = [["a", -1, 1], ["e", -1, 1], ["ede", 1, 1], ["ande", 1, 1], ["ende", 1, 1], ["ane", 1, 1], ["ene", 1, 1], ["hetene", 6, 1], ["erte", 1, 3], ["en", -1, 1], ["heten", 9, 1], ["ar", -1, 1], ["er", -1, 1], ["heter", 12, 1], ["s", -1, 2], ["as", 14, 1], ["es", 14, 1], ["edes", 16, 1], ["endes", 16, 1], ["enes", 16, 1], ["hetenes", 19, 1], ["ens", 14, 1], ["hetens", 21, 1], ["ers", 14, 1], ["ets", 14, 1], ["et", -1, 1], ["het", 25, 1], ["ert", -1, 3], ["ast", -1, 1]], i2 = [["dt", -1, -1], ["vt", -1, -1]], h = [["leg", -1, 1], ["eleg", 0, 1], ["ig", -1, 1], ["eig", 2, 1], ["lig", 2, 1], ["elig", 4, 1], ["els", -1, 1], ["lov", -1, 1], ["elov", 7, 1], ["slov", 7, 1], ["hetslov", 9, 1]], e2 = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 0, 128], c2 = [119, 125, 149, 1], o2 = 0, u = 0;
      this.l = function() {
        var r7 = s8.cursor;
        r: {
          u = s8.a;
          var n2 = s8.cursor, f = s8.cursor + 3;
          if (!(f > s8.a)) {
            for (s8.cursor = f, o2 = s8.cursor, s8.cursor = n2; ; ) {
              if (n2 = s8.cursor, s8.i(e2, 97, 248)) {
                s8.cursor = n2;
                break;
              }
              if (s8.cursor = n2, s8.cursor >= s8.a) break r;
              s8.cursor++;
            }
            for (; !s8.k(e2, 97, 248); ) {
              if (s8.cursor >= s8.a) break r;
              s8.cursor++;
            }
            (u = s8.cursor) < o2 && (u = o2);
          }
        }
        if (s8.cursor = r7, s8.f = s8.cursor, s8.cursor = s8.a, r7 = s8.a - s8.cursor, !(s8.cursor < u)) if (f = s8.f, s8.f = u, s8.d = s8.cursor, 0 == (n2 = s8.h(t2))) s8.f = f;
        else switch (s8.c = s8.cursor, s8.f = f, n2) {
          case 1:
            s8.e();
            break;
          case 2:
            if ((n2 = s8.a - s8.cursor, !s8.n(c2, 98, 122)) && (s8.cursor = s8.a - n2, !s8.g("k") || !s8.q(e2, 97, 248))) break;
            s8.e();
            break;
          case 3:
            s8.b("er");
        }
        return s8.cursor = s8.a - r7, r7 = s8.a - s8.cursor, n2 = s8.a - s8.cursor, s8.cursor < u || (f = s8.f, s8.f = u, s8.d = s8.cursor, 0 == s8.h(i2) ? s8.f = f : (s8.c = s8.cursor, s8.f = f, s8.cursor = s8.a - n2, s8.cursor <= s8.f || (s8.cursor--, s8.c = s8.cursor, s8.e()))), s8.cursor = s8.a - r7, r7 = s8.a - s8.cursor, s8.cursor < u || (n2 = s8.f, s8.f = u, s8.d = s8.cursor, 0 == s8.h(h) ? s8.f = n2 : (s8.c = s8.cursor, s8.f = n2, s8.e())), s8.cursor = s8.a - r7, s8.cursor = s8.f, true;
      }, this.stemWord = function(r7) {
        return s8.p(r7), this.l(), s8.j;
      };
    }();
  }
});

// node_modules/@orama/stemmers/dist/se.js
function r6() {
  this.p = function(r7) {
    this.j = r7, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r7) {
    this.j = r7.j, this.cursor = r7.cursor, this.a = r7.a, this.f = r7.f, this.c = r7.c, this.d = r7.d;
  }, this.i = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > t2) && !(i2 < s8) && 0 != (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r7, s8, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > t2 || i2 < s8 ? (this.cursor++, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r7, s8, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > t2 || i2 < s8 ? (this.cursor--, true) : 0 == (r7[(i2 -= s8) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r7) {
    return !(this.a - this.cursor < r7.length) && this.j.slice(this.cursor, this.cursor + r7.length) == r7 && (this.cursor += r7.length, true);
  }, this.g = function(r7) {
    return !(this.cursor - this.f < r7.length) && this.j.slice(this.cursor - r7.length, this.cursor) == r7 && (this.cursor -= r7.length, true);
  }, this.o = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, h = this.a, c2 = 0, u = 0, e2 = false; ; ) {
      var n2, o2 = s8 + (t2 - s8 >>> 1), a2 = 0, f = c2 < u ? c2 : u, l4 = r7[o2];
      for (n2 = f; n2 < l4[0].length; n2++) {
        if (i2 + f == h) {
          a2 = -1;
          break;
        }
        if (0 != (a2 = this.j.charCodeAt(i2 + f) - l4[0].charCodeAt(n2))) break;
        f++;
      }
      if (0 > a2 ? (t2 = o2, u = f) : (s8 = o2, c2 = f), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || e2) break;
        e2 = true;
      }
    }
    for (; ; ) {
      if (c2 >= (l4 = r7[s8])[0].length && (this.cursor = i2 + l4[0].length, 4 > l4.length || (s8 = l4[3](this), this.cursor = i2 + l4[0].length, s8))) return l4[2];
      if (0 > (s8 = l4[1])) return 0;
    }
  }, this.h = function(r7) {
    for (var s8 = 0, t2 = r7.length, i2 = this.cursor, h = this.f, c2 = 0, u = 0, e2 = false; ; ) {
      var n2, o2 = s8 + (t2 - s8 >> 1), a2 = 0, f = c2 < u ? c2 : u, l4 = r7[o2];
      for (n2 = l4[0].length - 1 - f; 0 <= n2; n2--) {
        if (i2 - f == h) {
          a2 = -1;
          break;
        }
        if (0 != (a2 = this.j.charCodeAt(i2 - 1 - f) - l4[0].charCodeAt(n2))) break;
        f++;
      }
      if (0 > a2 ? (t2 = o2, u = f) : (s8 = o2, c2 = f), 1 >= t2 - s8) {
        if (0 < s8 || t2 == s8 || e2) break;
        e2 = true;
      }
    }
    for (; ; ) {
      if (c2 >= (l4 = r7[s8])[0].length && (this.cursor = i2 - l4[0].length, 4 > l4.length || (s8 = l4[3](this), this.cursor = i2 - l4[0].length, s8))) return l4[2];
      if (0 > (s8 = l4[1])) return 0;
    }
  }, this.s = function(r7, s8, t2) {
    var i2 = t2.length - (s8 - r7);
    return this.j = this.j.slice(0, r7) + t2 + this.j.slice(s8), this.a += i2, this.cursor >= s8 ? this.cursor += i2 : this.cursor > r7 && (this.cursor = r7), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r7) {
    var s8 = false;
    return this.t() && (this.s(this.c, this.d, r7), s8 = true), s8;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r7, s8, t2) {
    s8 = this.s(r7, s8, t2), r7 <= this.c && (this.c += s8), r7 <= this.d && (this.d += s8);
  }, this.u = function() {
    var r7 = "";
    return this.t() && (r7 = this.j.slice(this.c, this.d)), r7;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
function stemmer7(r7) {
  return s7.stemWord(r7);
}
var s7;
var init_se = __esm({
  "node_modules/@orama/stemmers/dist/se.js"() {
    s7 = new function() {
      var s8 = new r6(), t2 = [["a", -1, 1], ["arna", 0, 1], ["erna", 0, 1], ["heterna", 2, 1], ["orna", 0, 1], ["ad", -1, 1], ["e", -1, 1], ["ade", 6, 1], ["ande", 6, 1], ["arne", 6, 1], ["are", 6, 1], ["aste", 6, 1], ["en", -1, 1], ["anden", 12, 1], ["aren", 12, 1], ["heten", 12, 1], ["ern", -1, 1], ["ar", -1, 1], ["er", -1, 1], ["heter", 18, 1], ["or", -1, 1], ["s", -1, 2], ["as", 21, 1], ["arnas", 22, 1], ["ernas", 22, 1], ["ornas", 22, 1], ["es", 21, 1], ["ades", 26, 1], ["andes", 26, 1], ["ens", 21, 1], ["arens", 29, 1], ["hetens", 29, 1], ["erns", 21, 1], ["at", -1, 1], ["andet", -1, 1], ["het", -1, 1], ["ast", -1, 1]], i2 = [["dd", -1, -1], ["gd", -1, -1], ["nn", -1, -1], ["dt", -1, -1], ["gt", -1, -1], ["kt", -1, -1], ["tt", -1, -1]], h = [["ig", -1, 1], ["lig", 0, 1], ["els", -1, 1], ["fullt", -1, 3], ["l\xF6st", -1, 2]], c2 = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 32], u = [119, 127, 149], e2 = 0, n2 = 0;
      this.l = function() {
        var r7 = s8.cursor;
        r: {
          n2 = s8.a;
          var o2 = s8.cursor, a2 = s8.cursor + 3;
          if (!(a2 > s8.a)) {
            for (s8.cursor = a2, e2 = s8.cursor, s8.cursor = o2; ; ) {
              if (o2 = s8.cursor, s8.i(c2, 97, 246)) {
                s8.cursor = o2;
                break;
              }
              if (s8.cursor = o2, s8.cursor >= s8.a) break r;
              s8.cursor++;
            }
            for (; !s8.k(c2, 97, 246); ) {
              if (s8.cursor >= s8.a) break r;
              s8.cursor++;
            }
            (n2 = s8.cursor) < e2 && (n2 = e2);
          }
        }
        if (s8.cursor = r7, s8.f = s8.cursor, s8.cursor = s8.a, r7 = s8.a - s8.cursor, !(s8.cursor < n2)) if (a2 = s8.f, s8.f = n2, s8.d = s8.cursor, 0 == (o2 = s8.h(t2))) s8.f = a2;
        else switch (s8.c = s8.cursor, s8.f = a2, o2) {
          case 1:
            s8.e();
            break;
          case 2:
            s8.n(u, 98, 121) && s8.e();
        }
        return s8.cursor = s8.a - r7, r7 = s8.a - s8.cursor, s8.cursor < n2 || (o2 = s8.f, s8.f = n2, a2 = s8.a - s8.cursor, 0 == s8.h(i2) ? s8.f = o2 : (s8.cursor = s8.a - a2, s8.d = s8.cursor, s8.cursor <= s8.f ? s8.f = o2 : (s8.cursor--, s8.c = s8.cursor, s8.e() && (s8.f = o2)))), s8.cursor = s8.a - r7, r7 = s8.a - s8.cursor, !(function() {
          var r8;
          if (!(s8.cursor < n2)) {
            var t3 = s8.f;
            if (s8.f = n2, s8.d = s8.cursor, 0 != (r8 = s8.h(h))) switch (s8.c = s8.cursor, r8) {
              case 1:
                if (!s8.e()) return;
                break;
              case 2:
                if (!s8.b("l\xF6s")) return;
                break;
              case 3:
                if (!s8.b("full")) return;
            }
            s8.f = t3;
          }
        })(), s8.cursor = s8.a - r7, s8.cursor = s8.f, true;
      }, this.stemWord = function(r7) {
        return s8.p(r7), this.l(), s8.j;
      };
    }();
  }
});

// src/significance/morphology.ts
function morphologyFor(language) {
  let morphology = cache.get(language);
  if (morphology === void 0) {
    const stem = STEMMERS[language];
    morphology = stem === void 0 ? PREFIX_ONLY : new SnowballMorphology(stem, OTHER_WORD_SUFFIXES[language], COMPOUNDING.has(language));
    cache.set(language, morphology);
  }
  return morphology;
}
var STEMMERS, OTHER_WORD_SUFFIXES, NAME_ENDINGS, COMPOUNDING, MAX_CACHED, SnowballMorphology, PREFIX_ONLY, cache;
var init_morphology = __esm({
  "src/significance/morphology.ts"() {
    "use strict";
    init_dk();
    init_en();
    init_fi();
    init_fr();
    init_de();
    init_no();
    init_se();
    STEMMERS = {
      da: stemmer,
      de: stemmer5,
      en: stemmer2,
      fi: stemmer3,
      fr: stemmer4,
      nb: stemmer6,
      sv: stemmer7
    };
    OTHER_WORD_SUFFIXES = {
      en: /^(?:able|ably|ability|abilities|ible|ibly|ibility|ibilities|less|lessly|lessness)$/u,
      fr: /^(?:able|ables|ible|ibles|abilité|ibilité)$/u,
      de: /^(?:bar|bare|baren|barer|barkeit|los|lose|losen|loser)$/u,
      sv: /^(?:bar|bara|bart|lös|lösa|löst)$/u,
      da: /^(?:bar|bare|løs|løse)$/u,
      nb: /^(?:bar|bare|løs|løse)$/u,
      fi: /^(?:ton|tön|ttoman|ttömän)$/u
    };
    NAME_ENDINGS = /^(?:s|es|'s|’s|:s|n|in|en|a|sta|lle|lla)?$/u;
    COMPOUNDING = /* @__PURE__ */ new Set(["sv", "da", "nb", "de", "fi"]);
    MAX_CACHED = 2e4;
    SnowballMorphology = class {
      constructor(stem, otherWord, compounding) {
        this.stem = stem;
        this.otherWord = otherWord;
        this.compounding = compounding;
      }
      stem;
      otherWord;
      compounding;
      stems = /* @__PURE__ */ new Map();
      stemOf(word) {
        let stem = this.stems.get(word);
        if (stem === void 0) {
          stem = this.stem(word);
          if (this.stems.size >= MAX_CACHED) this.stems.clear();
          this.stems.set(word, stem);
        }
        return stem;
      }
      isFormOf(start, word) {
        if (word.length <= start.length) return true;
        const rest = word.slice(start.length);
        if (this.otherWord?.test(rest) === true) return false;
        if (new RegExp("\\p{Lu}", "u").test(start) && NAME_ENDINGS.test(rest)) return true;
        if (this.stemOf(word.toLowerCase()).length <= start.length + 1) return true;
        return this.compounding && rest.length >= 3;
      }
    };
    PREFIX_ONLY = { isFormOf: () => true };
    cache = /* @__PURE__ */ new Map();
  }
});

// src/significance/terms.ts
function wordSource(word, first, last) {
  const exact = word.startsWith("=");
  const infix = word.startsWith("*");
  const body = exact || infix ? word.slice(1) : word;
  const start = first ? "" : infix ? `(?<!${WORD_CHAR})${WORD_CHAR}*?` : `(?<!${WORD_CHAR})`;
  const end = last ? "" : exact ? `(?!${WORD_CHAR})` : `${WORD_CHAR}*`;
  return start + escapeRegExp(body) + end;
}
function shapeOf(term) {
  const words2 = term.split(/\s+/);
  const firstWord = words2[0];
  const lastWord = words2.at(-1);
  const firstBody = firstWord.replace(/^[=*]/, "");
  const lead = !/^[\p{L}\p{N}]/u.test(firstBody) ? "" : firstWord.startsWith("*") ? `(?<!${WORD_CHAR})${WORD_CHAR}*?` : `(?<!${WORD_CHAR})`;
  const tail = lastWord.startsWith("=") ? `(?!${WORD_CHAR})` : `${WORD_CHAR}*`;
  const body = words2.map((word, index) => wordSource(word, index === 0, index === words2.length - 1)).join(JOINER);
  return { lead, tail, body };
}
function foldCase(text) {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => {
    const folded = char.toLowerCase();
    return folded.length === char.length ? folded : char;
  }).join("");
}
function foldedOnce(text) {
  if (lastFolded.text !== text) lastFolded = { text, lower: foldCase(text) };
  return lastFolded.lower;
}
var WORD_CHAR, escapeRegExp, JOINER, foldApostrophes, lastFolded, TermList;
var init_terms = __esm({
  "src/significance/terms.ts"() {
    "use strict";
    WORD_CHAR = "[0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u1E00-\\u1EFF]";
    escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    JOINER = "(?:[\\s\\u00a0]+|[\\s\\u00a0]*[-\u2013/][\\s\\u00a0]*)";
    foldApostrophes = (text) => text.replace(/[’‘`´]/g, "'");
    lastFolded = { text: "", lower: "" };
    TermList = class {
      constructor(terms, morphology) {
        this.morphology = morphology;
        this.terms = [...new Set(terms.map((term) => foldApostrophes(term.trim())).filter((term) => term !== ""))];
        const groups = /* @__PURE__ */ new Map();
        for (const term of this.terms) {
          const folded = !new RegExp("\\p{Lu}", "u").test(term);
          const written = folded ? foldCase(term) : term;
          const { lead, tail, body } = shapeOf(written);
          const key2 = `${folded} ${lead} ${tail}`;
          const group = groups.get(key2) ?? { lead, tail, folded, entries: [] };
          group.entries.push({ term, body, words: written.split(/\s+/) });
          groups.set(key2, group);
        }
        for (const { lead, tail, folded, entries } of groups.values()) {
          const sorted = [...entries].sort((a2, b) => b.term.length - a2.term.length);
          const alternation = sorted.map((entry) => `(${entry.body})`).join("|");
          const plain = sorted.map((entry) => `(?:${entry.body})`).join("|");
          this.patterns.push({
            find: new RegExp(`${lead}(?:${plain})${tail}`, "gu"),
            at: new RegExp(`${lead}(?:${alternation})${tail}`, "uy"),
            terms: sorted.map((entry) => entry.term),
            words: sorted.map((entry) => entry.words),
            folded
          });
        }
      }
      morphology;
      terms;
      /**
       * Each group's pattern twice: `find` without captures, which V8 runs many times faster, looks for matches (most
       * texts have none); `at` captures which term matched, one group per term, and is run only where `find` matched
       * (sticky: one attempt, not one at every place of the text with a hundred captures to reset).
       */
      patterns = [];
      matches(text) {
        const found = [];
        let lower;
        for (const { find, at: at2, terms, words: words2, folded } of this.patterns) {
          const subject = folded ? lower ??= foldedOnce(text) : text;
          find.lastIndex = 0;
          for (let next = find.exec(subject); next !== null; next = find.exec(subject)) {
            const start = next.index;
            if (next[0] === "") {
              find.lastIndex = start + ((subject.codePointAt(start) ?? 0) > 65535 ? 2 : 1);
              continue;
            }
            at2.lastIndex = start;
            const match = at2.exec(subject);
            const group = match === null ? -1 : match.findIndex((value, index) => index > 0 && value !== void 0);
            if (match === null || group < 1) continue;
            const end = start + match[0].length;
            if (!this.wordsAreForms(words2[group - 1], subject.slice(start, end))) continue;
            found.push({ term: terms[group - 1], text: text.slice(start, end), index: start, end });
          }
        }
        found.sort((a2, b) => a2.index - b.index || b.end - a2.end);
        return found.filter((match, index) => index === 0 || match.index >= found[index - 1].end || match.index !== found[index - 1].index);
      }
      /** Each word start of the term matched a form of that word, not a longer word ("face" in "facebook"). */
      wordsAreForms(termWords, matched) {
        if (this.morphology === void 0) return true;
        const textWords = matched.split(/[\s\u00a0]+|[\s\u00a0]*[-–/][\s\u00a0]*/u).filter((word) => word !== "");
        const pairs = textWords.length === termWords.length ? termWords.map((word, index) => [word, textWords[index]]) : [[termWords.at(-1), textWords.at(-1) ?? ""]];
        return pairs.every(([termWord, textWord]) => {
          if (termWord.startsWith("=") || termWord.startsWith("*")) return true;
          const start = termWord.split(/[-–/]/).at(-1);
          return this.morphology.isFormOf(start, textWord);
        });
      }
      test(text) {
        let lower;
        const any = this.patterns.some(({ find, folded }) => {
          find.lastIndex = 0;
          return find.test(folded ? lower ??= foldedOnce(text) : text);
        });
        return any && (this.morphology === void 0 || this.matches(text).length > 0);
      }
    };
  }
});

// src/significance/lexicon.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
function dataDirectory() {
  const candidates = [new URL("../lexicons/", import.meta.url), new URL("../../src/lexicons/", import.meta.url)];
  for (const candidate of candidates) if (existsSync(new URL("rules.json", candidate))) return fileURLToPath(candidate);
  throw new Error(`policydiff's lexicons are missing: looked in ${candidates.map((url) => fileURLToPath(url)).join(" and ")}`);
}
function loadRules() {
  rulesCache ??= readJson("rules.json");
  return rulesCache;
}
function bundledLanguages() {
  languagesCache ??= readdirSync(dataDirectory()).filter((name) => /^[a-z]{2,3}\.json$/.test(name)).map((name) => name.slice(0, -".json".length)).sort();
  return languagesCache;
}
function bundledMessages(language) {
  return bundledLanguages().includes(language) ? bundledSource(language).messages ?? {} : void 0;
}
function bundledSource(language) {
  let source = sourceCache.get(language);
  if (source === void 0) {
    source = readJson(`${language}.json`);
    sourceCache.set(language, source);
  }
  return source;
}
function mergeLexicons(base, extra) {
  const categories = { ...base.categories };
  for (const [name, value] of Object.entries(extra.categories ?? {})) {
    const old = categories[name] ?? {};
    categories[name] = { terms: concat(old.terms, value.terms), context: concat(old.context, value.context) };
  }
  const list = (key2) => concat(base[key2], extra[key2]);
  return {
    language: extra.language ?? base.language ?? "und",
    categories,
    negations: list("negations"),
    clauseBreaks: list("clauseBreaks"),
    subordinators: list("subordinators"),
    sharingVerbs: list("sharingVerbs"),
    exampleMarkers: list("exampleMarkers"),
    finiteVerbs: list("finiteVerbs"),
    purposeHeadings: list("purposeHeadings"),
    serviceVerbs: list("serviceVerbs"),
    limiters: list("limiters"),
    processingVerbs: list("processingVerbs"),
    listConjunctions: list("listConjunctions"),
    ageContext: list("ageContext"),
    weakModals: list("weakModals"),
    permissions: list("permissions"),
    anonymous: list("anonymous"),
    restrictors: list("restrictors"),
    contactSections: list("contactSections"),
    periods: {
      units: { ...base.periods?.units, ...extra.periods?.units },
      numbers: { ...base.periods?.numbers, ...extra.periods?.numbers },
      short: concat(base.periods?.short, extra.periods?.short),
      indefinite: concat(base.periods?.indefinite, extra.periods?.indefinite)
    },
    months: list("months"),
    stopWords: list("stopWords"),
    messages: { ...base.messages, ...extra.messages }
  };
}
function compilePeriod(source) {
  const numbers = new Map(Object.entries(source.periods?.numbers ?? {}).map(([word, value]) => [foldCase(word), value]));
  const units = Object.entries(source.periods?.units ?? {}).map(([term, days]) => [foldCase(term), days]).sort((a2, b) => b[0].length - a2[0].length);
  const numberWords = [...numbers.keys()].sort((a2, b) => b.length - a2.length).map((word) => `${escapeRegExp(word)}(?!${WORD_CHAR})`);
  const number = `(?<!${WORD_CHAR})(\\d+(?:[.,]\\d+)?|${numberWords.join("|") || "(?!)"})`;
  const range = `(?:[\\s\\u00a0]*(?:[-\u2013]|till|to|och|and|or|eller)[\\s\\u00a0]*(\\d+(?:[.,]\\d+)?|${numberWords.join("|") || "(?!)"}))?`;
  const unit = units.map(([term]) => {
    const { lead, tail, body } = shapeOf(term);
    return `(${lead}${body}${tail})`;
  }).join("|") || "(?!)";
  return {
    // "two (2) years": a figure in brackets after the number word.
    re: new RegExp(`${number}(?:[\\s\\u00a0]*\\(\\d+\\))?${range}[\\s\\u00a0-]*(?:${unit})`, "gu"),
    // Every period ends in a unit: most sentences have none, and looking for one alone is several times faster.
    unit: new RegExp(unit, "u"),
    days: units.map(([, days]) => days),
    numbers
  };
}
function compileLexicon(source) {
  const morphology = source.language === void 0 || source.language === "mul" ? void 0 : morphologyFor(source.language);
  const list = (terms) => new TermList(terms ?? [], morphology);
  const categories = Object.entries(source.categories ?? {}).map(([category, value]) => {
    const entry = { category, terms: list(value.terms) };
    if (value.context !== void 0 && value.context.length > 0) entry.context = list(value.context);
    return entry;
  });
  return {
    language: source.language ?? "und",
    categories,
    negations: list(source.negations ?? []),
    clauseBreaks: list(source.clauseBreaks ?? []),
    subordinators: list(source.subordinators),
    sharingVerbs: list(source.sharingVerbs),
    exampleMarkers: list(source.exampleMarkers),
    finiteVerbs: list(source.finiteVerbs),
    purposeHeadings: list(source.purposeHeadings),
    serviceVerbs: list(source.serviceVerbs),
    limiters: list(source.limiters ?? []),
    processingVerbs: list(source.processingVerbs ?? []),
    listConjunctions: [...new Set((source.listConjunctions ?? []).map((word) => word.toLowerCase()))],
    ageContext: list(source.ageContext ?? []),
    weakModals: list(source.weakModals ?? []),
    permissions: list(source.permissions ?? []),
    anonymous: list(source.anonymous ?? []),
    restrictors: list(source.restrictors ?? []),
    contactSections: list(source.contactSections ?? []),
    periodShort: list(source.periods?.short ?? []),
    periodIndefinite: list(source.periods?.indefinite ?? []),
    period: compilePeriod(source),
    months: new TermList((source.months ?? []).map((month) => `=${month}`)),
    stopWords: new Set((source.stopWords ?? []).map((word) => word.toLowerCase())),
    messages: source.messages ?? {}
  };
}
function lexiconFor(language, extensions) {
  const languages2 = bundledLanguages();
  const known = languages2.includes(language);
  const extended = extensions !== void 0 && (extensions["*"] !== void 0 || extensions[language] !== void 0) ? extensions : void 0;
  const key2 = extended === void 0 && !known ? "*" : language;
  const cache2 = extended === void 0 ? compiledCache : extendedCache.get(extended) ?? /* @__PURE__ */ new Map();
  const cached = cache2.get(key2);
  if (cached !== void 0) return cached;
  let source = known ? bundledSource(language) : languages2.reduce((merged, lang) => mergeLexicons(merged, { ...bundledSource(lang), messages: {} }), {});
  if (!known) source = { ...source, language: "mul", messages: bundledSource("en").messages ?? {} };
  if (extended !== void 0) {
    const extra = mergeLexicons(extended["*"] ?? {}, extended[language] ?? {});
    source = mergeLexicons(source, { ...extra, language: source.language ?? "en" });
  }
  const lexicon = compileLexicon(source);
  if (!known) lexicon.language = "en";
  if (extended !== void 0) {
    const extra = [extended["*"], extended[language]].flatMap((entry) => Object.values(entry?.categories ?? {}).flatMap((category) => category?.terms ?? []));
    lexicon.userTerms = new Set(extra.map((term) => term.trim()));
  }
  cache2.set(key2, lexicon);
  if (extended !== void 0) extendedCache.set(extended, cache2);
  return lexicon;
}
function extensionsProblem(extensions) {
  const isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  const isList = (value) => Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "");
  if (!isRecord2(extensions)) return { key: "", problem: 'must be an object keyed by language, e.g. { "sv": { "categories": \u2026 } }' };
  const categories = Object.keys(loadRules().categories);
  const lists = ["negations", "clauseBreaks", "subordinators", "sharingVerbs", "exampleMarkers", "finiteVerbs", "serviceVerbs", "purposeHeadings", "limiters", "processingVerbs", "listConjunctions", "ageContext", "weakModals", "permissions", "anonymous", "restrictors", "contactSections", "months", "stopWords"];
  for (const [language, source] of Object.entries(extensions)) {
    if (!isRecord2(source)) return { key: language, problem: "must be an object of categories and word lists" };
    for (const [name, value] of Object.entries(source)) {
      const key2 = `${language}.${name}`;
      if (name === "categories") {
        if (!isRecord2(value)) return { key: key2, problem: "must be an object of categories" };
        for (const [category, entry] of Object.entries(value)) {
          if (!categories.includes(category)) return { key: `${key2}.${category}`, problem: `is not a category; use one of ${categories.join(", ")}` };
          if (!isRecord2(entry) || Object.keys(entry).some((field) => field !== "terms" && field !== "context") || Object.values(entry).some((list) => !isList(list))) {
            return { key: `${key2}.${category}`, problem: 'must be { "terms": [...], "context": [...] } with lists of words' };
          }
        }
      } else if (lists.includes(name)) {
        if (!isList(value)) return { key: key2, problem: "must be a list of words" };
      } else if (name === "messages") {
        if (!isRecord2(value) || Object.values(value).some((text) => typeof text !== "string")) return { key: key2, problem: "must map message keys to texts" };
      } else if (name !== "periods" && name !== "language" && !name.startsWith("$")) {
        return { key: key2, problem: `is not a setting; use categories, messages, periods or one of ${lists.join(", ")}` };
      }
    }
  }
  return void 0;
}
function validateExtensions(extensions) {
  const problem = extensionsProblem(extensions);
  if (problem !== void 0) throw inputError(`significance rules: ${problem.key === "" ? "" : `"${problem.key}" `}${problem.problem}`);
  return extensions;
}
var readJson, rulesCache, languagesCache, sourceCache, concat, compiledCache, extendedCache;
var init_lexicon = __esm({
  "src/significance/lexicon.ts"() {
    "use strict";
    init_errors();
    init_morphology();
    init_terms();
    init_terms();
    readJson = (name) => JSON.parse(readFileSync(`${dataDirectory()}/${name}`, "utf8"));
    sourceCache = /* @__PURE__ */ new Map();
    concat = (a2, b) => [...a2 ?? [], ...b ?? []];
    compiledCache = /* @__PURE__ */ new Map();
    extendedCache = /* @__PURE__ */ new WeakMap();
  }
});

// src/significance/messages.ts
function template(messages, finding) {
  return messages?.[`${finding.category}.${finding.rule}`] ?? messages?.[finding.rule];
}
function piecesOf(text) {
  let pieces = piecesCache.get(text);
  if (pieces === void 0) {
    pieces = [];
    let last = 0;
    for (const match of text.matchAll(/\{(\w+)\}/g)) {
      pieces.push(text.slice(last, match.index), { name: match[1], whole: match[0] });
      last = match.index + match[0].length;
    }
    pieces.push(text.slice(last));
    piecesCache.set(text, pieces);
  }
  return pieces;
}
function formatMessage(messages, finding) {
  const text = template(messages, finding) ?? template(bundledMessages("en"), finding) ?? `${finding.category}: ${finding.rule} {triggers}`;
  const values2 = {
    triggers: finding.triggers.map((trigger) => `\u201C${trigger}\u201D`).join(", "),
    from: finding.from ?? "",
    to: finding.to ?? ""
  };
  let message = "";
  for (const piece2 of piecesOf(text)) message += typeof piece2 === "string" ? piece2 : values2[piece2.name] ?? piece2.whole;
  return message;
}
var piecesCache;
var init_messages = __esm({
  "src/significance/messages.ts"() {
    "use strict";
    init_lexicon();
    piecesCache = /* @__PURE__ */ new Map();
  }
});

// src/significance/notice.ts
function distinct(triggers) {
  const key2 = (trigger) => trigger.toLocaleLowerCase().replace(/(?:'s|’s|s)$/u, "");
  const firstSpelled = /* @__PURE__ */ new Map();
  for (const trigger of triggers) {
    const lower = trigger.toLocaleLowerCase();
    if (!firstSpelled.has(lower)) firstSpelled.set(lower, trigger);
  }
  const seen = /* @__PURE__ */ new Set();
  return triggers.map((trigger) => firstSpelled.get(key2(trigger)) ?? trigger).filter((trigger) => seen.has(key2(trigger)) ? false : (seen.add(key2(trigger)), true));
}
function messagesLanguage(language) {
  return bundledLanguages().includes(language) && bundledMessages(language) !== void 0 ? language : "en";
}
function messagesFor(language) {
  return bundledMessages(messagesLanguage(language)) ?? {};
}
function hasTemplate(messages, reason) {
  const template2 = messages[`${reason.category}.${reason.rule}`] ?? messages[reason.rule];
  if (template2 === void 0) return false;
  return (!template2.includes("{from}") || reason.from !== void 0) && (!template2.includes("{to}") || reason.to !== void 0) && (!template2.includes("{triggers}") || reason.triggers.length > 0);
}
function rank(reason) {
  const priority = loadRules().priority;
  const category = priority.indexOf(reason.category);
  return [-LEVELS.indexOf(reason.level), MATERIAL.has(reason.category) ? 0 : 1, category === -1 ? priority.length : category];
}
function noticeFindings(significance, language, minimum = "editorial") {
  const messages = messagesFor(language);
  const english = bundledMessages("en") ?? {};
  const floor = LEVELS.indexOf(minimum);
  const groups = /* @__PURE__ */ new Map();
  for (const reason of significance.reasons) {
    if (LEVELS.indexOf(reason.level) < floor) continue;
    const specific = messages[`${reason.category}.${reason.rule}`] !== void 0;
    const key2 = `${reason.level} ${specific ? reason.category : ""} ${reason.rule}${reason.triggers.length === 0 ? ` ${reason.messageEn}` : ""}`;
    const group = groups.get(key2);
    if (group === void 0) groups.set(key2, [reason]);
    else group.push(reason);
  }
  const findings = [...groups.values()].map((reasons) => {
    const first = [...reasons].sort((a2, b) => compare(rank(a2), rank(b)))[0];
    const triggers = distinct(reasons.flatMap((reason) => reason.triggers));
    const shown = triggers.slice(0, NOTICE_TRIGGERS).map(short);
    if (triggers.length > NOTICE_TRIGGERS) shown[shown.length - 1] = `${shown.at(-1)}\u201D, \u201C\u2026`;
    const finding = { category: first.category, level: first.level, rule: first.rule, triggers: shown, ...first.from === void 0 ? {} : { from: first.from }, ...first.to === void 0 ? {} : { to: first.to } };
    const result = {
      level: first.level,
      category: first.category,
      rule: first.rule,
      // A reason no template words (a caller's own) keeps the words it came with.
      message: hasTemplate(messages, first) ? formatMessage(messages, finding) : first.message,
      messageEn: hasTemplate(english, first) ? formatMessage(english, finding) : first.messageEn,
      triggers,
      path: first.path,
      sentences: reasons.length
    };
    const sentence = first.new ?? first.old;
    if (sentence !== void 0) result.sentence = sentence;
    return result;
  });
  return findings.sort((a2, b) => compare(rank(a2), rank(b)));
}
function noticeOf(significance, language, limit = NOTICE_FINDINGS) {
  if (significance === void 0 || significance.level !== "significant") return void 0;
  const findings = noticeFindings(significance, language, "minor").filter((finding) => finding.level === "significant" || MATERIAL.has(finding.category));
  return { shown: findings.slice(0, limit), more: Math.max(0, findings.length - limit) };
}
var NOTICE_FINDINGS, LEVELS, MATERIAL, NOTICE_TRIGGERS, TRIGGER_LENGTH, short, compare;
var init_notice = __esm({
  "src/significance/notice.ts"() {
    "use strict";
    init_lexicon();
    init_messages();
    NOTICE_FINDINGS = 5;
    LEVELS = ["none", "editorial", "minor", "significant"];
    MATERIAL = /* @__PURE__ */ new Set(["personal-data", "purpose", "recipients", "transfer", "tracking", "retention", "rights", "legal-basis", "controller", "security"]);
    NOTICE_TRIGGERS = 3;
    TRIGGER_LENGTH = 80;
    short = (trigger) => trigger.length <= TRIGGER_LENGTH ? trigger : `${trigger.slice(0, TRIGGER_LENGTH - 1).replace(/\s+\S*$/u, "")}\u2026`;
    compare = (a2, b) => {
      for (let index = 0; index < a2.length; index += 1) if (a2[index] !== b[index]) return a2[index] - b[index];
      return 0;
    };
  }
});

// src/render/html-text.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
function sentenceHtml(raw, format) {
  if (format === "text" || raw.length > MAX_INLINE_MARKDOWN) return escapeHtml(raw);
  return inline.parseInline(raw, { async: false });
}
function splitMarker(raw, format) {
  const match = LIST_MARKER.exec(raw);
  if (match === null) return { rest: raw };
  const glyph = match[1];
  const marker = format === "markdown" && /^[-*+]$/.test(glyph) ? "\u2022" : glyph;
  return { marker, rest: raw.slice(match[0].length) };
}
function wordsHtml(words2, format, side) {
  return words2.map((word, index) => {
    const text = sentenceHtml(word.text, format);
    if (word.type === "kept") return text;
    if (word.type === "removed") return side === "new" ? "" : `<del>${text}</del>`;
    if (side === "old") return "";
    const previous = words2[index - 1];
    const spaced = side === void 0 && previous?.type === "removed" && !/\s$/.test(previous.text) && !/^\s/.test(word.text);
    return `${spaced ? " " : ""}<ins>${text}</ins>`;
  }).join("");
}
function sideSentence(part, view) {
  if (part.type === "added") return view === "old" ? void 0 : part.new;
  if (part.type === "removed") return view === "new" ? void 0 : part.old;
  return view === "old" ? part.old : part.new;
}
function piece(part, view, format) {
  const sentence = sideSentence(part, view);
  if (sentence === void 0) return void 0;
  const start = sentence.blockStart === true;
  const { marker, rest } = start ? splitMarker(sentence.raw, format) : { rest: sentence.raw };
  const base = marker === void 0 ? { start, html: "" } : { start, marker, html: "" };
  switch (part.type) {
    case "kept":
      return { ...base, html: sentenceHtml(rest, format) };
    case "formatting":
      return { ...base, html: `<span class="fmt" title="Only the formatting changed">${sentenceHtml(rest, format)}</span>` };
    case "changed":
      return { ...base, html: `<span class="chg">${wordsHtml(part.words, format, view === "redline" ? void 0 : view)}</span>` };
    case "removed":
      return { ...base, html: `<del class="whole">${sentenceHtml(rest, format)}</del>` };
    case "added":
      return { ...base, html: `<ins class="whole">${sentenceHtml(rest, format)}</ins>` };
  }
}
function shownParts(parts, context) {
  const shown = new Array(parts.length).fill(false);
  parts.forEach((part, index) => {
    if (part.type === "kept") return;
    for (let near = Math.max(0, index - context); near <= Math.min(parts.length - 1, index + context); near += 1) shown[near] = true;
  });
  return shown;
}
function partsHtml(parts, view, format, shown) {
  const blocks = [];
  let left = 0;
  parts.forEach((part, index) => {
    if (shown !== void 0 && !shown[index]) {
      left += 1;
      return;
    }
    const next = piece(part, view, format);
    if (next === void 0) return;
    const last = blocks.at(-1);
    if (left > 0) {
      blocks.push(elided(left));
      left = 0;
      blocks.push([next]);
    } else if (next.start || last === void 0 || typeof last === "string") blocks.push([next]);
    else last.push(next);
  });
  if (left > 0) blocks.push(elided(left));
  return blocks.map((block) => {
    if (typeof block === "string") return block;
    const marker = block[0].marker;
    const body = block.map((p) => p.html).join(" ");
    return marker === void 0 ? `<p>${body}</p>` : `<p class="li"><span class="marker">${escapeHtml(marker)}</span>${body}</p>`;
  }).join("\n");
}
var ENTITIES, SAFE_HREF, inline, MAX_INLINE_MARKDOWN, LIST_MARKER, elided;
var init_html_text = __esm({
  "src/render/html-text.ts"() {
    "use strict";
    init_marked_esm();
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    SAFE_HREF = /^(?:https?:|mailto:|tel:|#)/i;
    inline = new ne({
      gfm: true,
      // No `breaks`: a sentence never spans lines in the model; line structure comes from blocks.
      renderer: {
        html: ({ text }) => escapeHtml(text),
        image: ({ text }) => text === "" ? "" : `<span class="img-alt">[${escapeHtml(text)}]</span>`,
        link({ href, title, tokens }) {
          const label = this.parser.parseInline(tokens);
          const target = href.trim();
          if (!SAFE_HREF.test(target)) return label;
          const titleAttribute = title ? ` title="${escapeHtml(title)}"` : "";
          return `<a href="${escapeHtml(target)}"${titleAttribute} rel="noopener noreferrer nofollow">${label}</a>`;
        }
      }
    });
    MAX_INLINE_MARKDOWN = 2e4;
    LIST_MARKER = /^\s*([-*+•·–—]|\d{1,3}[.)])\s+/u;
    elided = (count) => `<p class="elided">\u2026 ${count} unchanged ${count === 1 ? "sentence" : "sentences"} \u2026</p>`;
  }
});

// src/render/html-notice.ts
function significanceOf(diff) {
  const { significance } = diff;
  return significance !== void 0 && Object.hasOwn(HEADLINES, significance.level) ? significance : void 0;
}
function reasonHtml(reason, anchor) {
  const path = reason.path.join(" \u203A ");
  const target = anchor(reason.path);
  const place = path === "" ? "" : target === void 0 ? escapeHtml(path) : `<a href="#${target}">${escapeHtml(path)}</a>`;
  const where2 = place === "" ? "" : ` <span class="where">(${place})</span>`;
  return `<li>${escapeHtml(reason.messageEn)}${where2}</li>`;
}
function significanceNotice(diff, idPrefix = "") {
  const significance = significanceOf(diff);
  if (significance === void 0) return "";
  const { level } = significance;
  const notice = noticeOf(significance, diff.language);
  const atLevel = notice === void 0 ? noticeFindings(significance, diff.language, level).filter((finding) => finding.level === level) : [...notice.shown];
  const shown = atLevel.slice(0, NOTICE_FINDINGS);
  const anchor = (path) => {
    const index = diff.sections.findIndex((section) => section.path.length === path.length && section.path.every((heading2, i2) => heading2 === path[i2]));
    return index === -1 ? void 0 : `${idPrefix}s-${index}`;
  };
  const more = notice === void 0 ? atLevel.length - shown.length : notice.more;
  const items = shown.map((reason) => reasonHtml(reason, anchor)).join("") + (more > 0 ? `<li class="more">and ${more} more</li>` : "");
  const list = items === "" ? "" : `<ul>${items}</ul>`;
  return `<aside class="notice level-${level}" role="note" aria-label="Significance"><p class="headline">${HEADLINES[level]}</p><p>${significance.firstVersion === true ? FIRST_VERSION : EXPLANATIONS[level]}</p>${list}</aside>`;
}
var HEADLINES, EXPLANATIONS, FIRST_VERSION;
var init_html_notice = __esm({
  "src/render/html-notice.ts"() {
    "use strict";
    init_notice();
    init_html_text();
    HEADLINES = {
      significant: "Significant change",
      minor: "Minor change",
      editorial: "Editorial changes only",
      none: "No change in meaning"
    };
    EXPLANATIONS = {
      significant: "These changes may affect users\u2019 rights or how their data is handled; users may need to be notified.",
      minor: "These changes add or clarify detail without changing what is done with personal data.",
      editorial: "Wording, spelling or structure changed; the meaning did not.",
      none: "Nothing but formatting changed."
    };
    FIRST_VERSION = "The first version of the policy: there is no earlier text to compare with.";
  }
});

// src/render/html-assets.ts
var STYLE, SCRIPT;
var init_html_assets = __esm({
  "src/render/html-assets.ts"() {
    "use strict";
    STYLE = `
:root {
  color-scheme: light dark;
  --paper: #fbfaf6; --ink: #1c2025; --muted: #5c6470; --rule: #e3dfd5; --accent: #1f5a8c;
  --del: #a8151b; --del-bg: #fbe9e8; --ins: #0c6532; --ins-bg: #e2f3e7; --chg-bg: #fff4cc; --bar: #d9a520;
  --mod: #7d5200; --mod-bg: #fbeccb; --ren: #1d5b94; --ren-bg: #e2edf9; --mov: #673c9b; --mov-bg: #eee5f9;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Iowan Old Style", Georgia, "Liberation Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --paper: #15171b; --ink: #e7e5e0; --muted: #a0a7b1; --rule: #30343b; --accent: #8dbbe6;
    --del: #ff9c96; --del-bg: #3d1d1f; --ins: #86e0a6; --ins-bg: #16351f; --chg-bg: #302a12; --bar: #b88a1c;
    --mod: #f2c76b; --mod-bg: #3a2e12; --ren: #9cc8f2; --ren-bg: #182c42; --mov: #cfb2f5; --mov-bg: #2d2142;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0; font: 17px/1.6 var(--serif); -webkit-text-size-adjust: 100%; }
a { color: var(--accent); }
.masthead, .layout, footer { max-width: 74rem; margin: 0 auto; padding-left: 1.5rem; padding-right: 1.5rem; }
.masthead { padding-top: 2.25rem; padding-bottom: 1.25rem; border-bottom: 1px solid var(--rule); font-family: var(--sans); }
.kicker { margin: 0 0 .3rem; font-size: .75rem; letter-spacing: .09em; text-transform: uppercase; color: var(--muted); }
h1 { margin: 0 0 .8rem; font: 600 1.85rem/1.25 var(--serif); overflow-wrap: anywhere; }
.versions { display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; margin: 0 0 .6rem; font-size: .92rem; }
.versions dt { font-size: .7rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.versions dd { margin: 0; overflow-wrap: anywhere; }
.versions time { color: var(--muted); margin-left: .4em; }
.stats, .title-change { margin: .2rem 0; font-size: .95rem; }
.notice { margin: 1rem 0 .25rem; padding: .8rem 1rem; border-left: 4px solid var(--muted); border-radius: 0 6px 6px 0; background: var(--rule); font-size: .93rem; }
.notice p { margin: 0 0 .3rem; }
.notice .headline { font-weight: 700; font-size: 1rem; }
.notice ul { margin: .4rem 0 0; padding-left: 1.2rem; }
.notice .where { color: var(--muted); }
.notice q { font-style: italic; }
.notice.level-significant { border-color: var(--del); background: var(--del-bg); }
.notice.level-significant .headline { color: var(--del); }
.notice.level-minor { border-color: var(--bar); background: var(--mod-bg); }
.notice.level-editorial, .notice.level-none { border-color: var(--ren); background: var(--ren-bg); }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; margin-top: 1.1rem; font-size: .88rem; }
.legend { margin: 0; display: flex; gap: .6rem; align-items: center; }
.legend del, .legend ins, .legend .chg { padding: .05em .35em; }
.toggle { display: inline-flex; margin: 0; padding: 2px; border: 1px solid var(--rule); border-radius: 999px; }
.toggle legend, .toggle input { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); opacity: 0; }
.toggle label { padding: .3rem .95rem; border-radius: 999px; cursor: pointer; user-select: none; }
.toggle input:checked + label { background: var(--ink); color: var(--paper); }
.toggle input:focus-visible + label { outline: 2px solid var(--accent); outline-offset: 2px; }
.expand-all { font: inherit; color: var(--accent); background: transparent; border: 1px solid var(--rule); border-radius: 6px; padding: .3rem .8rem; cursor: pointer; }
.layout { display: grid; grid-template-columns: 14.5rem minmax(0, 1fr); gap: 3rem; padding-top: 1.75rem; }
.toc { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font: .84rem/1.35 var(--sans); }
.toc h2 { margin: 0 0 .6rem; font-size: .72rem; letter-spacing: .09em; text-transform: uppercase; color: var(--muted); }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: .45rem 0; }
.toc ol ol { margin: .3rem 0 0 .15rem; padding-left: .75rem; border-left: 2px solid var(--rule); }
.toc a { color: var(--ink); text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.toc li.quiet > a { color: var(--muted); }
.toc .badge { font-size: .62rem; margin-left: .2rem; }
main { min-width: 0; max-width: 44rem; }
body:has(#view-sbs:checked) main { max-width: none; }
.badge { display: inline-block; padding: .3em .5em; border-radius: 4px; font: 600 .66rem/1 var(--sans); letter-spacing: .05em; text-transform: uppercase; white-space: nowrap; vertical-align: .25em; color: var(--tone, var(--muted)); background: var(--tint, transparent); }
.st-added { --tone: var(--ins); --tint: var(--ins-bg); }
.st-removed { --tone: var(--del); --tint: var(--del-bg); }
.st-modified, .st-inside { --tone: var(--mod); --tint: var(--mod-bg); }
.st-renamed { --tone: var(--ren); --tint: var(--ren-bg); }
.st-moved { --tone: var(--mov); --tint: var(--mov-bg); }
.st-unchanged, .st-formatting { box-shadow: inset 0 0 0 1px var(--rule); }
.chapter-group { margin-bottom: 2.25rem; }
.sec { margin: 0 0 1.6rem; }
.heading { margin: 0 0 .45rem; font-family: var(--serif); line-height: 1.3; overflow-wrap: anywhere; }
/* Sizes follow the section's level, not the tag: in a history, chapters are h3 under each change's h2. */
.heading.l1 { font-size: 1.38rem; }
.heading.l2 { font-size: 1.13rem; }
.heading.l3 { font-size: 1rem; }
.entry { margin: 0 0 2.75rem; padding-bottom: 1.25rem; border-bottom: 2px solid var(--rule); }
.entry-heading { margin: 0 0 .35rem; font: 600 1.5rem/1.3 var(--serif); overflow-wrap: anywhere; }
.entry-summary { margin: 0 0 .35rem; font-style: italic; }
.entry-notice { margin: 0 0 .35rem; font-weight: 600; }
.entry-details { list-style: none; margin: 0 0 .35rem; padding: 0; font: .84rem/1.5 var(--sans); color: var(--muted); }
.entry > .stats { margin-bottom: 1.1rem; font: .92rem/1.4 var(--sans); }
.sec.changed { padding-left: 1.1rem; border-left: 3px solid var(--bar); }
.sec.changed.formatting { border-left-color: var(--rule); }
.sec.changed.lvl-0 { padding-top: .1rem; }
.summary, .provenance { margin: 0 0 .7rem; font: .84rem/1.4 var(--sans); color: var(--muted); }
.redline p, .text p, .col p { margin: 0 0 .65em; hyphens: auto; overflow-wrap: break-word; }
p.li { padding-left: 1.3em; text-indent: -1.3em; margin-bottom: .25em; }
.marker { display: inline-block; width: 1.3em; text-indent: 0; color: var(--muted); }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: .09em; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: .09em; text-underline-offset: .18em; }
del.whole, ins.whole, .old-heading { background: transparent; }
del, ins, .chg { border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.chg { background: var(--chg-bg); padding: .05em 0; }
.fmt { text-decoration: underline dotted var(--muted); text-underline-offset: .2em; }
/* Screen readers announce neither <del> nor <ins>: say it in text that is not shown (and not copied). */
main del::before, main del::after, main ins::before, main ins::after {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
main del::before { content: " [deleted: "; }
main ins::before { content: " [inserted: "; }
main del::after, main ins::after { content: "] "; }
.img-alt { color: var(--muted); }
details > summary { cursor: pointer; list-style: none; }
details > summary::-webkit-details-marker { display: none; }
details > summary::before { content: "\\25B8"; display: inline-block; width: 1.1em; color: var(--muted); transition: transform .15s; }
details[open] > summary::before { transform: rotate(90deg); }
summary .heading { display: inline; }
details.chapter { padding: .55rem 0 .35rem; border-top: 1px solid var(--rule); }
details.chapter > summary .heading { color: var(--muted); font-weight: 600; }
details.chapter[open] > summary { margin-bottom: .6rem; }
details.chapter .text, details.chapter .sub { padding-left: 1.1rem; }
.elided { margin: .3rem 0; font: .84rem/1.4 var(--sans); color: var(--muted); }
details.fold > summary { margin-bottom: .4rem; font: .84rem/1.4 var(--sans); color: var(--muted); }
.sub .heading { font-size: 1rem; margin-top: .8rem; }
.sbs { display: none; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.75rem; }
body:has(#view-sbs:checked) .sbs { display: grid; }
body:has(#view-sbs:checked) .redline { display: none; }
.col { min-width: 0; }
.col.new { padding-left: 1.75rem; border-left: 1px solid var(--rule); }
.colhead { margin-bottom: .6rem; padding-bottom: .35rem; border-bottom: 1px solid var(--rule); font: 600 .7rem/1.2 var(--sans); letter-spacing: .07em; text-transform: uppercase; color: var(--muted); overflow-wrap: anywhere; }
.empty { color: var(--muted); font-style: italic; }
.line { font: .75rem var(--sans); color: var(--muted); }
.extra h2 { font-size: 1.1rem; }
.note, .omitted { font: .88rem/1.45 var(--sans); color: var(--muted); }
footer { margin-top: 2.5rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); font: .78rem var(--sans); color: var(--muted); }
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
  .toc { position: static; max-height: none; }
  .sbs { grid-template-columns: minmax(0, 1fr); }
  .col.new { padding-left: 0; border-left: 0; }
}
@media print {
  :root {
    color-scheme: light;
    --paper: #fff; --ink: #000; --muted: #555; --rule: #ccc; --accent: #000;
    --del: #a8151b; --del-bg: transparent; --ins: #0c6532; --ins-bg: transparent; --chg-bg: #fff4cc;
  }
  html, body { background: #fff; color: #000; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .controls, .expand-all { display: none !important; }
  .layout { display: block; max-width: none; padding: 0; }
  .masthead, footer { max-width: none; padding-left: 0; padding-right: 0; }
  .toc { position: static; max-height: none; overflow: visible; margin-bottom: 1.5rem; }
  main { max-width: none; }
  .sbs { display: none !important; }
  .redline { display: block !important; }
  details::details-content { content-visibility: visible; display: contents; }
  details > summary::before { content: none; }
  details.chapter > summary .heading { color: var(--ink); }
  .heading { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  main a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); }
}
`;
    SCRIPT = `
(() => {
  const all = () => Array.from(document.querySelectorAll('details'));
  const button = document.querySelector('.expand-all');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-pressed') !== 'true';
      for (const details of all()) details.open = open;
      button.setAttribute('aria-pressed', String(open));
      button.textContent = open ? 'Collapse all' : 'Expand all';
    });
  }
  // Browsers leave closed <details> out of print; open them for printing and close them again after.
  let closed = [];
  addEventListener('beforeprint', () => { closed = all().filter((d) => !d.open); for (const d of closed) d.open = true; });
  addEventListener('afterprint', () => { for (const d of closed) d.open = false; closed = []; });
  // Following a contents link into a folded chapter unfolds it.
  const reveal = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    for (let node = id && document.getElementById(id); node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') node.open = true;
    }
  };
  addEventListener('hashchange', reveal);
  reveal();
  // A trimmed report (a long history) leaves its side-by-side columns empty: they are the redline without its
  // insertions (before) and without its deletions (after), made here when they are first shown.
  const columns = () => {
    for (const sbs of document.querySelectorAll('.sbs[data-old]')) {
      if (sbs.childElementCount > 0) continue;
      for (const side of ['old', 'new']) {
        const column = document.createElement('div');
        column.className = 'col ' + side;
        const head = document.createElement('div');
        head.className = 'colhead';
        head.textContent = sbs.dataset[side];
        const text = sbs.previousElementSibling.cloneNode(true);
        for (const gone of text.querySelectorAll(side === 'old' ? 'ins' : 'del')) gone.remove();
        for (const paragraph of text.querySelectorAll('p')) if (paragraph.textContent.trim() === '') paragraph.remove();
        if (text.childElementCount === 0) text.innerHTML = '<p class="empty">(no text)</p>';
        column.append(head, ...text.childNodes);
        sbs.append(column);
      }
    }
  };
  const sideBySide = document.getElementById('view-sbs');
  if (sideBySide) {
    sideBySide.addEventListener('change', columns);
    if (sideBySide.checked) columns();
  }
})();
`;
  }
});

// src/render/html-page.ts
import { createHash } from "node:crypto";
function documentPage(parts) {
  return documentPageChunks(parts).join("");
}
function documentPageChunks(parts) {
  const { header } = parts;
  const lang = /^[a-z]{2,3}$/.test(parts.language) && parts.language !== "und" ? ` lang="${parts.language}"` : "";
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="policydiff">
<title>${escapeHtml(header.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead">
<p class="kicker">${parts.outline === true ? "Policy structure" : "Policy changes"}</p>
<h1>${escapeHtml(header.title)}</h1>
${header.versions}
<p class="stats">${escapeHtml(header.stats)}</p>
${header.titleChange}
${header.notice}
${parts.outline === true ? "" : CONTROLS}
</header>
<div class="layout">
<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>
${parts.toc}
</ol></nav>
<main${lang}>
`;
  const tail = `</main>
</div>
<footer>Generated by policydiff. This file is self-contained: it loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
  const body = typeof parts.body === "string" ? [parts.body] : parts.body;
  return [head, ...body.flatMap((piece2, index) => index === 0 ? [piece2] : ["\n", piece2]), "\n", tail];
}
var hash, CSP, CONTROLS;
var init_html_page = __esm({
  "src/render/html-page.ts"() {
    "use strict";
    init_html_assets();
    init_html_text();
    hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
    CSP = [
      "default-src 'none'",
      `style-src ${hash(STYLE)}`,
      `script-src ${hash(SCRIPT)}`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'"
    ].join("; ");
    CONTROLS = `<div class="controls">
<p class="legend" aria-label="Legend"><del>deleted</del> <ins>inserted</ins> <span class="chg">changed sentence</span></p>
<fieldset class="toggle"><legend>View</legend>
<input type="radio" name="view" id="view-redline" value="redline" checked><label for="view-redline">Redline</label>
<input type="radio" name="view" id="view-sbs" value="sbs"><label for="view-sbs">Side by side</label>
</fieldset>
<button type="button" class="expand-all" hidden>Expand all</button>
</div>`;
  }
});

// src/render/summary.ts
function reportedSections(diff) {
  return showsSentences(diff) ? diff.sections.filter(isReported) : [];
}
function sectionLabel(section) {
  return section.path.length === 0 ? "(preamble)" : section.path.join(" \u203A ");
}
function statusLabel(section) {
  const formattingOnly = section.status === "unchanged" && section.changes.length > 0;
  if (formattingOnly) return "formatting only";
  const extra = section.modified && (section.status === "renamed" || section.status === "moved") ? " and modified" : "";
  const moved = section.moved === true ? " and moved" : "";
  return `${section.status}${moved}${extra}`;
}
function changeSummary(changes) {
  const counts = { added: 0, removed: 0, changed: 0, formatting: 0 };
  for (const change of changes) counts[change.type] += 1;
  const parts = [];
  if (counts.changed > 0) parts.push(plural(counts.changed, "sentence changed", "sentences changed"));
  if (counts.added > 0) parts.push(plural(counts.added, "sentence added", "sentences added"));
  if (counts.removed > 0) parts.push(plural(counts.removed, "sentence removed", "sentences removed"));
  if (counts.formatting > 0) parts.push(plural(counts.formatting, "formatting change", "formatting changes"));
  return parts.join(", ");
}
function statsLine(diff) {
  const names2 = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
  if (diff.translation !== void 0) {
    return `Translated: ${names2.of(diff.translation.from) ?? diff.translation.from} \u2192 ${names2.of(diff.translation.to) ?? diff.translation.to}; sentences are not compared across languages.`;
  }
  const number = new Intl.NumberFormat("en");
  if (diff.truncation !== void 0) {
    const { oldChars, newChars, restored } = diff.truncation;
    const back = restored === void 0 ? "" : `, back on ${restored}`;
    return `Most of the text was removed (${number.format(oldChars)} \u2192 ${number.format(newChars)} characters)${back}; ${sectionCounts(diff)}`;
  }
  if (diff.restoration !== void 0) {
    const { truncatedChars, chars, since } = diff.restoration;
    return `The text is back (${number.format(truncatedChars)} \u2192 ${number.format(chars)} characters), compared with ${since}: ${sectionCounts(diff)}`;
  }
  if (diff.sameAs !== void 0) return `The text is again as it was on ${diff.sameAs}: ${sectionCounts(diff)}`;
  if (diff.undone !== void 0) return `${sectionCounts(diff)} Undone on ${diff.undone}: a later version is the text before this change again.`;
  return sectionCounts(diff);
}
function sectionCounts(diff) {
  const { stats } = diff;
  const changed = stats.added + stats.removed + stats.modified + stats.renamed + stats.moved;
  if (changed === 0) {
    const level = diff.significance?.level;
    if (level !== void 0 && level !== "none") return "No section changed; the change is in the text before the first section or in the title.";
    const formatting = diff.sections.some((section) => section.changes.length > 0);
    return formatting ? "No change in meaning: formatting only." : "No changes.";
  }
  const parts = ["modified", "added", "removed", "renamed", "moved"].filter((status) => stats[status] > 0).map((status) => `${stats[status]} ${status}`);
  return `${plural(changed, "section", "sections")} changed: ${parts.join(", ")}; ${stats.unchanged} unchanged.`;
}
var isReported, showsSentences, plural;
var init_summary = __esm({
  "src/render/summary.ts"() {
    "use strict";
    isReported = (section) => section.status !== "unchanged" || section.changes.length > 0;
    showsSentences = (diff) => diff.translation === void 0 && diff.truncation?.restored === void 0;
    plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  }
});

// src/render/html-sections.ts
function chapters(diff, context) {
  const result = [];
  diff.sections.forEach((section, index) => {
    const entry = { section, id: `${context.idPrefix}s-${index}` };
    const last = result.at(-1);
    if (section.level <= 1 || last === void 0) result.push({ head: entry, children: [] });
    else last.children.push(entry);
  });
  return result;
}
function heading(section, context, inner) {
  const level = Math.max(section.level, 1);
  const tag = `h${Math.min(context.chapterDepth + level - 1, 6)}`;
  return `<${tag} class="heading l${Math.min(level, 3)}">${inner}</${tag}>`;
}
function badge(section) {
  const kind = section.status === "unchanged" && section.changes.length > 0 ? "formatting" : section.status;
  return `<span class="badge st-${kind}">${escapeHtml(statusLabel(section))}</span>`;
}
function provenance(section) {
  if (section.oldHeading !== void 0) {
    const moved = section.moved === true ? " and moved here" : "";
    return `<p class="provenance">Renamed${moved} \u2014 previously <del class="old-heading">${escapeHtml(section.oldHeading)}</del></p>`;
  }
  return section.status === "moved" ? '<p class="provenance">Moved here from another place in the policy</p>' : "";
}
function changedSection({ section, id }, context) {
  const summary = changeSummary(section.changes);
  const shown = context.keptContext === void 0 ? void 0 : shownParts(section.parts, context.keptContext);
  const column = (side) => `<div class="col ${side}"><div class="colhead">${escapeHtml(context.labels[side])}</div>${partsHtml(section.parts, side, context.format, shown) || '<p class="empty">(no text)</p>'}</div>`;
  return [
    `<section class="sec changed${section.status === "unchanged" ? " formatting" : ""} lvl-${section.level}" id="${id}">`,
    heading(section, context, `<span>${escapeHtml(headingText2(section))}</span> ${badge(section)}`),
    provenance(section),
    summary === "" ? "" : `<p class="summary">${escapeHtml(summary)}</p>`,
    hasText(section) ? `<div class="redline">${partsHtml(section.parts, "redline", context.format, shown)}</div>` : "",
    !hasText(section) ? "" : shown === void 0 ? `<div class="sbs">${column("old")}${column("new")}</div>` : `<div class="sbs" data-old="${escapeHtml(context.labels.old)}" data-new="${escapeHtml(context.labels.new)}"></div>`,
    "</section>"
  ].join("\n");
}
function quietSection({ section, id }, context) {
  const count = section.parts.length;
  const sentences = `${count} ${count === 1 ? "sentence" : "sentences"}`;
  const body = !hasText(section) ? "" : context.keptContext !== void 0 ? `<p class="elided">Unchanged (${sentences}).</p>` : `<details class="fold"><summary>Unchanged text (${sentences})</summary><div class="text">${partsHtml(section.parts, "new", context.format)}</div></details>`;
  const label = hasText(section) ? ` ${badge(section)}` : "";
  return `<section class="sec quiet lvl-${section.level}" id="${id}">${heading(section, context, `<span>${escapeHtml(headingText2(section))}</span>${label}`)}${body}</section>`;
}
function foldedChapter(chapter, context) {
  const { section, id } = chapter.head;
  const children = chapter.children.map(
    (child) => `<div class="sub lvl-${child.section.level}" id="${child.id}">${heading(child.section, context, escapeHtml(child.section.heading))}<div class="text">${partsHtml(child.section.parts, "new", context.format)}</div></div>`
  );
  return [
    `<details class="sec chapter unchanged lvl-${section.level}" id="${id}">`,
    `<summary>${heading(section, context, `<span>${escapeHtml(headingText2(section))}</span> ${badge(section)}`)}</summary>`,
    `<div class="text">${partsHtml(section.parts, "new", context.format)}</div>`,
    ...children,
    "</details>"
  ].join("\n");
}
function chapterHtml(chapter, context) {
  if (!chapterChanged(chapter)) return foldedChapter(chapter, context);
  const render = (entry) => isReported(entry.section) ? changedSection(entry, context) : quietSection(entry, context);
  return `<div class="chapter-group">
${[chapter.head, ...chapter.children].map(render).join("\n")}
</div>`;
}
function tocEntry(chapter) {
  const { section, id } = chapter.head;
  const changedChildren = chapter.children.filter(({ section: child }) => isReported(child));
  const own = isReported(section) ? ` ${badge(section)}` : changedChildren.length > 0 ? ' <span class="badge st-inside">changes inside</span>' : "";
  const sub = changedChildren.map((child) => `<li><a href="#${child.id}">${escapeHtml(child.section.heading)}</a> ${badge(child.section)}</li>`);
  const nested = sub.length > 0 ? `<ol>${sub.join("")}</ol>` : "";
  const quiet = chapterChanged(chapter) ? "" : ' class="quiet"';
  return `<li${quiet}><a href="#${id}">${escapeHtml(headingText2(section))}</a>${own}${nested}</li>`;
}
function omitting(groups, context) {
  const changed = groups.filter(chapterChanged);
  const left = groups.filter((group) => !chapterChanged(group));
  const chaptersLeft = left.filter((group) => group.head.section.level > 0).length;
  const named2 = [
    ...chaptersLeft === 0 ? [] : [`${chaptersLeft} unchanged ${chaptersLeft === 1 ? "chapter" : "chapters"}`],
    ...left.length > chaptersLeft ? ["the unchanged introduction"] : []
  ];
  const note = named2.length === 0 ? "" : `
<p class="omitted">${named2.join(" and ")} not shown.</p>`;
  return changed.map((group) => chapterHtml(group, context)).join("\n") + note;
}
function sectionsHtml(diff, context) {
  const groups = chapters(diff, context);
  return {
    toc: groups.map(tocEntry).join("\n"),
    changedToc: groups.filter(chapterChanged).map(tocEntry).join("\n"),
    body: context.unchangedChapters === "fold" ? groups.map((group) => chapterHtml(group, context)).join("\n") : omitting(groups, context)
  };
}
var headingText2, hasText, chapterChanged;
var init_html_sections = __esm({
  "src/render/html-sections.ts"() {
    "use strict";
    init_html_text();
    init_summary();
    headingText2 = (section) => section.level === 0 ? "Introduction" : section.heading;
    hasText = (section) => section.parts.length > 0;
    chapterChanged = (chapter) => [chapter.head, ...chapter.children].some(({ section }) => isReported(section));
  }
});

// src/render/html.ts
function titleChange(diff) {
  const { title } = diff;
  if (title === void 0) return "";
  const side = (text) => sentenceHtml(text ?? "(none)", formatOf2(diff));
  return `<p class="title-change">Title: <del>${side(title.old)}</del> <ins>${side(title.new)}</ins></p>`;
}
function extras(diff, depth) {
  const parts = [];
  if (diff.policyChangelog.length > 0) {
    const items = diff.policyChangelog.map((entry) => `<li>${sentenceHtml(entry.text, formatOf2(diff))}</li>`).join("");
    parts.push(`<section class="extra"><h${depth}>Added to the policy\u2019s own change list</h${depth}><ul>${items}</ul></section>`);
  }
  for (const note of diff.notes) parts.push(`<p class="note"><strong>Note:</strong> ${escapeHtml(note)}</p>`);
  return parts.join("\n");
}
function versionsHtml(versions2) {
  if (versions2?.old?.date === void 0 && versions2?.new?.date === void 0) return "";
  const sides2 = ["old", "new"].flatMap((side) => {
    const version2 = versions2[side];
    if (version2 === void 0) return [];
    const date = version2.date === void 0 ? "" : ` <time>${escapeHtml(version2.date)}</time>`;
    return [`<div><dt>${side === "old" ? "Before" : "After"}</dt><dd>${escapeHtml(version2.label)}${date}</dd></div>`];
  });
  return `<dl class="versions">${sides2.join("")}</dl>`;
}
function columnLabels(versions2) {
  return { old: versions2?.old?.label ?? "Before", new: versions2?.new?.label ?? "After" };
}
function renderDiffHtml(diff, options) {
  const { versions: versions2 } = options;
  const fallback = versions2?.old !== void 0 && versions2.new !== void 0 ? `${versions2.old.label} \u2192 ${versions2.new.label}` : "Two versions compared";
  const sections = sectionsHtml(diff, { format: formatOf2(diff), labels: columnLabels(versions2), idPrefix: "", chapterDepth: 2, unchangedChapters: "fold" });
  return documentPage({
    language: diff.language,
    header: {
      title: options.title ?? fallback,
      versions: versionsHtml(versions2),
      stats: statsLine(diff),
      notice: significanceNotice(diff),
      titleChange: titleChange(diff)
    },
    toc: sections.toc,
    body: [sections.body, extras(diff, 2)].join("\n")
  });
}
function renderReportHtml(entries, options) {
  const page = new ReportPage(options);
  for (const entry of entries) page.add(entry);
  return page.chunks().join("");
}
function renderOutlineHtml(document, _options) {
  const paragraphs = (blocks) => blocks.map((block) => `<p>${sentenceHtml(block.raw, document.format)} <span class="line">line ${block.line}</span></p>`).join("");
  const body = [];
  if (document.preamble.length > 0) body.push(`<section class="sec"><div class="text">${paragraphs(document.preamble)}</div></section>`);
  const toc = [];
  let next = 0;
  const visit = (sections) => {
    for (const section of sections) {
      const id = `o-${next++}`;
      if (section.level === 1) toc.push(`<li><a href="#${id}">${escapeHtml(section.heading)}</a></li>`);
      const level = Math.min(section.level, 3);
      const tag = `h${Math.min(section.level + 1, 6)}`;
      const head = `<${tag} class="heading l${level}">${escapeHtml(section.heading)} <span class="line">line ${section.line}</span></${tag}>`;
      body.push(`<section class="sec lvl-${section.level}" id="${id}">${head}<div class="text">${paragraphs(section.blocks)}</div></section>`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return documentPage({
    language: "und",
    header: { title: document.title ?? "(no title)", versions: "", stats: `Read as ${document.format === "markdown" ? "Markdown" : "plain text"}.`, notice: "", titleChange: "" },
    toc: toc.join("\n"),
    body: body.join("\n"),
    outline: true
  });
}
var formatOf2, ReportPage;
var init_html = __esm({
  "src/render/html.ts"() {
    "use strict";
    init_html_notice();
    init_html_page();
    init_html_sections();
    init_html_text();
    init_summary();
    formatOf2 = (diff) => diff.format ?? "text";
    ReportPage = class {
      constructor(options) {
        this.options = options;
      }
      options;
      toc = [];
      articles = [];
      language;
      add(entry) {
        const id = `c${this.articles.length + 1}`;
        const { diff } = entry;
        this.language ??= diff.language;
        const context = { format: formatOf2(diff), labels: columnLabels(entry.versions), idPrefix: `${id}-`, chapterDepth: 3, unchangedChapters: "omit" };
        if (this.options.keptContext !== void 0) context.keptContext = this.options.keptContext;
        const sections = sectionsHtml(showsSentences(diff) ? diff : { ...diff, sections: [] }, context);
        this.toc.push(`<li><a href="#${id}">${escapeHtml(entry.heading)}</a>${sections.changedToc === "" ? "" : `<ol>${sections.changedToc}</ol>`}</li>`);
        const details = (entry.details ?? []).map((line) => `<li>${escapeHtml(line)}</li>`).join("");
        this.articles.push(
          [
            `<article class="entry" id="${id}">`,
            `<h2 class="entry-heading">${escapeHtml(entry.heading)}</h2>`,
            // The entry line, then its notice as a paragraph of its own.
            entry.summary === void 0 ? "" : entry.summary.split(/\n\n+/).map((paragraph, index) => `<p class="${index === 0 ? "entry-summary" : "entry-notice"}">${escapeHtml(paragraph)}</p>`).join(""),
            details === "" ? "" : `<ul class="entry-details">${details}</ul>`,
            `<p class="stats">${escapeHtml(statsLine(diff))}</p>`,
            titleChange(diff),
            significanceNotice(diff, `${id}-`),
            sections.body,
            extras(diff, 3),
            "</article>"
          ].join("\n")
        );
      }
      /**
       * The page, in pieces to be written one after another (see documentPageChunks); `versions` (when given) replaces
       * the options' range, which may be known only once the entries are.
       */
      chunks(versions2 = this.options.versions) {
        const count = this.articles.length;
        return documentPageChunks({
          language: this.language ?? "und",
          header: {
            title: this.options.title,
            versions: versionsHtml(versions2),
            stats: count === 0 ? this.options.emptyText : `${count} ${count === 1 ? "change" : "changes"}, newest first.`,
            notice: "",
            titleChange: ""
          },
          toc: this.toc.join("\n"),
          body: this.articles
        });
      }
    };
  }
});

// src/render/json.ts
function diffToJson(diff) {
  const sections = diff.sections.map(({ parts: _parts, ...section }) => section);
  return { ...diff, sections };
}
function renderDiffJson(diff) {
  return `${JSON.stringify(diffToJson(diff), null, 2)}
`;
}
function sectionJson(section) {
  const json = {
    heading: section.heading,
    level: section.level,
    line: section.line,
    text: section.blocks.map((block) => block.raw).join("\n"),
    children: section.children.map(sectionJson)
  };
  if (section.number !== void 0) json.number = section.number;
  return json;
}
function renderOutlineJson(document) {
  const json = {
    schemaVersion: 1,
    format: document.format,
    title: document.title ?? null,
    preamble: document.preamble.map((block) => block.raw).join("\n"),
    sections: document.sections.map(sectionJson)
  };
  return `${JSON.stringify(json, null, 2)}
`;
}
var init_json = __esm({
  "src/render/json.ts"() {
    "use strict";
  }
});

// src/render/markdown-escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKUP, (char) => `\\${char}`).replace(MENTION, "@\u200B");
}
var MARKUP, MENTION;
var init_markdown_escape = __esm({
  "src/render/markdown-escape.ts"() {
    "use strict";
    MARKUP = /[\\`*{}[\]()#+!|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
    MENTION = /(?<![A-Za-z0-9_])@(?=\w)/g;
  }
});

// src/render/notice.ts
function listed(diff) {
  const notice = noticeOf(diff.significance, diff.language);
  return notice === void 0 ? void 0 : { reasons: notice.shown, more: notice.more };
}
function levelWords(diff, level) {
  if (diff.significance?.firstVersion === true) return "first version";
  if (diff.truncation?.restored !== void 0) return `most of the text missing from this version, back on ${diff.truncation.restored}`;
  if (diff.restoration !== void 0 && level === "none") return `the text is back, unchanged since ${diff.restoration.since}`;
  if (diff.sameAs !== void 0 && level === "none") return `the text is again as it was on ${diff.sameAs}`;
  return SUMMARY[level];
}
function noticeText(diff, bold = (text) => text) {
  const significance = diff.significance;
  if (significance === void 0) return [];
  const block = listed(diff);
  if (block === void 0) return [`Significance: ${significance.level} (${levelWords(diff, significance.level)})`];
  const lines = [bold(`SIGNIFICANT CHANGE: ${SUMMARY.significant}.`)];
  for (const reason of block.reasons) lines.push(`  ! ${reason.message}${where(reason) === "" ? "" : `  (${where(reason)})`}`);
  if (block.more > 0) lines.push(`  \u2026 and ${block.more} more`);
  return lines;
}
function noticeMarkdown(diff) {
  const significance = diff.significance;
  if (significance === void 0) return [];
  const block = listed(diff);
  if (block === void 0) return [`**Significance:** ${significance.level} (${levelWords(diff, significance.level)})`, ""];
  const lines = ["> [!WARNING]", `> **Significant change:** ${SUMMARY.significant}.`, ">"];
  for (const reason of block.reasons) {
    lines.push(`> - ${escapeMarkdown(reason.message)}${where(reason) === "" ? "" : ` _(${escapeMarkdown(where(reason))})_`}`);
  }
  if (block.more > 0) lines.push(`> - \u2026 and ${block.more} more`);
  return [...lines, ""];
}
var SUMMARY, where, overrideWords, overrideText, overrideMarkdown;
var init_notice2 = __esm({
  "src/render/notice.ts"() {
    "use strict";
    init_notice();
    init_markdown_escape();
    SUMMARY = {
      significant: "people whose data this policy covers should be given a prominent notice of it (GDPR Art. 12\u201314)",
      minor: "real but not material, no notice needed",
      editorial: "wording, spelling, dates or structure only",
      none: "formatting only"
    };
    where = (reason) => reason.path.length === 0 ? "" : reason.path.join(" \u203A ");
    overrideWords = (level, classified2) => `${level} (Policy-Significance trailer; the text alone reads as ${classified2})`;
    overrideText = (level, classified2) => `Level set by the commit: ${overrideWords(level, classified2)}`;
    overrideMarkdown = (level, classified2) => `**Level set by the commit:** ${overrideWords(level, classified2)}`;
  }
});

// src/render/markdown.ts
function redline(words2) {
  return words2.map((word) => {
    const text = escapeMarkdown(word.text);
    if (word.type === "kept" || text.trim() === "") return text;
    const [, lead = "", core = "", trail = ""] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
    return word.type === "added" ? `${lead}<ins>${core}</ins>${trail}` : `${lead}~~${core}~~${trail}`;
  }).join("");
}
function changeItem(change) {
  switch (change.type) {
    case "added":
      return `- \u2795 ${escapeMarkdown(change.new ?? "")}`;
    case "removed":
      return `- \u2796 ~~${escapeMarkdown(change.old ?? "")}~~`;
    case "changed":
      return `- \u270F\uFE0F ${redline(change.words ?? [])}`;
    case "formatting":
      return `- \u26AA ${escapeMarkdown(change.new ?? "")} _(formatting only)_`;
  }
}
function renderDiffMarkdown(diff, options) {
  const lines = [];
  if (options.title !== void 0) lines.push(`## ${escapeMarkdown(options.title)}`, "");
  lines.push(...noticeMarkdown(diff));
  lines.push(statsLine(diff), "");
  const sections = reportedSections(diff);
  if (sections.length > 0) {
    lines.push("| Status | Section | Summary |", "| --- | --- | --- |");
    for (const section of sections) {
      const rename = section.oldHeading !== void 0 ? ` (was \u201C${escapeMarkdown(section.oldHeading)}\u201D)` : "";
      lines.push(`| ${statusLabel(section)} | ${escapeMarkdown(sectionLabel(section))}${rename} | ${changeSummary(section.changes)} |`);
    }
    lines.push("");
  }
  for (const section of sections) {
    if (section.changes.length === 0) continue;
    lines.push(`### ${escapeMarkdown(sectionLabel(section))}`, "", ...section.changes.map(changeItem), "");
  }
  if (diff.policyChangelog.length > 0) {
    lines.push("Added to the policy\u2019s own change list:", "");
    for (const entry of diff.policyChangelog) lines.push(`- ${escapeMarkdown(entry.text)}`);
    lines.push("");
  }
  for (const note of diff.notes) lines.push(`> **Note:** ${escapeMarkdown(note)}`, "");
  return `${lines.join("\n").trimEnd()}
`;
}
function renderOutlineMarkdown(document, _options) {
  const lines = [`# ${escapeMarkdown(document.title ?? "(no title)")}`, ""];
  const visit = (sections) => {
    for (const section of sections) {
      lines.push(`${"  ".repeat(section.level - 1)}- ${escapeMarkdown(section.heading)} (line ${section.line})`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return `${lines.join("\n")}
`;
}
var init_markdown2 = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_markdown_escape();
    init_notice2();
    init_summary();
  }
});

// src/render/text.ts
function painter(color) {
  return (style, text) => color ? `\x1B[${ANSI[style]}m${text}\x1B[0m` : text;
}
function redline2(words2, paint) {
  return words2.map(
    (word) => word.type === "added" ? paint("green", `{+${word.text}+}`) : word.type === "removed" ? paint("red", `[-${word.text}-]`) : word.text
  ).join("");
}
function changeLines(change, paint) {
  switch (change.type) {
    case "added":
      return [paint("green", `    + ${change.new}`)];
    case "removed":
      return [paint("red", `    - ${change.old}`)];
    case "changed":
      return [`    ~ ${redline2(change.words ?? [], paint)}`];
    case "formatting":
      return [];
  }
}
function wholeSectionLines(changes, paint) {
  const sentences = changes.filter((change) => change.type === "added" || change.type === "removed");
  const shown = sentences.slice(0, WHOLE_SECTION_SENTENCES).flatMap((change) => changeLines(change, paint));
  const more = sentences.length - WHOLE_SECTION_SENTENCES;
  return more > 0 ? [...shown, paint("dim", `    \u2026 ${more === 1 ? "1 more sentence" : `${more} more sentences`}`)] : shown;
}
function renderDiffText(diff, options) {
  const paint = painter(options.color);
  const lines = [];
  if (options.title !== void 0) lines.push(paint("bold", options.title));
  lines.push(...noticeText(diff, (text) => paint("bold", paint("red", text))));
  lines.push(statsLine(diff));
  if (diff.title !== void 0) lines.push(`Title: ${diff.title.old ?? "(none)"} \u2192 ${diff.title.new ?? "(none)"}`);
  for (const section of reportedSections(diff)) {
    const rename = section.oldHeading !== void 0 ? ` (was "${section.oldHeading}")` : "";
    lines.push("");
    lines.push(`${paint("cyan", MARKER[section.status] ?? "~")} ${paint("bold", sectionLabel(section))}${rename}  [${statusLabel(section)}]`);
    if (section.status === "added" || section.status === "removed") {
      lines.push(...wholeSectionLines(section.changes, paint));
      continue;
    }
    const formatting = section.changes.filter((change) => change.type === "formatting").length;
    for (const change of section.changes) if (change.type !== "formatting") lines.push(...changeLines(change, paint));
    if (formatting > 0) lines.push(paint("dim", `    = ${formatting === 1 ? "1 sentence" : `${formatting} sentences`} reformatted only (white space, bullets)`));
  }
  for (const entry of diff.policyChangelog) lines.push("", paint("dim", `Policy change list: + ${entry.text}`));
  for (const note of diff.notes) lines.push("", paint("yellow", `Note: ${note}`));
  return `${lines.join("\n")}
`;
}
function renderOutlineText(document, options) {
  const paint = painter(options.color);
  const lines = [];
  lines.push(`${paint("bold", document.title ?? "(no title)")}  [${document.format}]`);
  if (document.preamble.length > 0) lines.push(`  (preamble: ${document.preamble.length} blocks)`);
  const visit = (sections) => {
    for (const section of sections) {
      const size = section.blocks.length === 1 ? "1 block" : `${section.blocks.length} blocks`;
      lines.push(`${"  ".repeat(section.level)}${section.heading}  ${paint("dim", `(line ${section.line}, ${size})`)}`);
      visit(section.children);
    }
  };
  visit(document.sections);
  return `${lines.join("\n")}
`;
}
var ANSI, MARKER, WHOLE_SECTION_SENTENCES;
var init_text = __esm({
  "src/render/text.ts"() {
    "use strict";
    init_notice2();
    init_summary();
    ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 };
    MARKER = {
      added: "+",
      removed: "-",
      modified: "~",
      renamed: "\xBB",
      moved: "\u2195",
      unchanged: "="
    };
    WHOLE_SECTION_SENTENCES = 3;
  }
});

// src/render/types.ts
var OUTPUT_FORMATS;
var init_types = __esm({
  "src/render/types.ts"() {
    "use strict";
    OUTPUT_FORMATS = ["text", "md", "json", "html"];
  }
});

// src/render/html-history.ts
function changeEntry(change) {
  const renamed = change.previousFile === void 0 ? "" : ` (renamed from ${change.previousFile})`;
  return {
    heading: `${change.date} \xB7 ${change.file}${renamed}`,
    details: change.commits.map((commit) => `${shortHash(commit.hash)} ${commit.subject} (${commit.author})`),
    diff: change.diff
  };
}
function fileDiffEntry(entry, versions2) {
  const renamed = entry.previousFile === void 0 ? "" : ` (was ${entry.previousFile})`;
  return { heading: `${entry.file}${renamed}`, versions: versions2, diff: entry.diff };
}
var shortHash;
var init_html_history = __esm({
  "src/render/html-history.ts"() {
    "use strict";
    shortHash = (hash2) => hash2.slice(0, 7);
  }
});

// src/render/controls.ts
function showControls(text) {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS2, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function withControlsShown(value) {
  if (typeof value === "string") return showControls(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy2;
    value.forEach((item, index) => {
      const shown = withControlsShown(item);
      if (shown !== item) (copy2 ??= [...value])[index] = shown;
    });
    return copy2 ?? value;
  }
  if (!isPlain(value)) return value;
  let copy;
  for (const [key2, item] of Object.entries(value)) {
    const shown = withControlsShown(item);
    if (shown !== item) (copy ??= { ...value })[key2] = shown;
  }
  return copy ?? value;
}
function forFormat(value, format) {
  return format === "text" || format === "md" ? withControlsShown(value) : value;
}
var CONTROL, CONTROLS2, isPlain;
var init_controls = __esm({
  "src/render/controls.ts"() {
    "use strict";
    CONTROL = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
    CONTROLS2 = new RegExp(CONTROL.source, "g");
    isPlain = (value) => {
      const prototype = Object.getPrototypeOf(value);
      return prototype === Object.prototype || prototype === null;
    };
  }
});

// src/render/index.ts
var renderers;
var init_render = __esm({
  "src/render/index.ts"() {
    "use strict";
    init_html();
    init_json();
    init_markdown2();
    init_text();
    init_types();
    init_html();
    init_html_history();
    init_markdown_escape();
    init_json();
    init_controls();
    renderers = {
      text: { diff: renderDiffText, outline: renderOutlineText },
      md: { diff: renderDiffMarkdown, outline: renderOutlineMarkdown },
      json: { diff: renderDiffJson, outline: renderOutlineJson },
      html: { diff: renderDiffHtml, outline: renderOutlineHtml }
    };
  }
});

// src/cli/output.ts
function refuseToOverwrite(target, inputs, given) {
  if (inputs.includes(target)) {
    throw usageError(`--html ${quote(given)} is one of the files being compared: write the report to another file, e.g. --html report.html`);
  }
}
function useColor(stream = process.stdout) {
  const force = process.env.FORCE_COLOR;
  if (force !== void 0 && force !== "" && force !== "0") return true;
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}
function terminalWidth(stream = process.stdout) {
  const columns = stream.columns ?? Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 100;
}
function renderOptions(title) {
  const options = { color: useColor() };
  if (title !== void 0) options.title = title;
  return options;
}
function writeOut(text) {
  for (const piece2 of typeof text === "string" ? [text] : text) process.stdout.write(piece2);
}
function writeNoise(lines) {
  if (lines.length > 0) writeOut(showControls(`
${lines.join("\n")}
`));
}
var formatOption, htmlOption, languageOption, StreamedOutput;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    init_esm();
    init_errors();
    init_render();
    formatOption = (formats = OUTPUT_FORMATS, fallback = "text") => new Option("-f, --format <format>", "output format").choices([...formats]).default(fallback);
    htmlOption = () => new Option("--html <file>", "also write the redline report as one self-contained HTML file");
    languageOption = () => new Option("--lang <code>", "language of the policy (sv, en, fi, \u2026); detected when not given");
    StreamedOutput = class {
      full = false;
      write = (chunk) => {
        if (!process.stdout.write(chunk)) this.full = true;
      };
      async drained() {
        if (!this.full) return;
        this.full = false;
        await new Promise((resume) => process.stdout.once("drain", resume));
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n3 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i2 = slashes[idx];
          const value2 = input.slice(n3, i2);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start) {
            parts.push(value2);
            prevIndex = i2;
          }
        }
        const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n2);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values2 = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values2.length; i2++) {
        for (let j = i2 + 1; j < values2.length; j++) {
          const a2 = values2[i2];
          const b = values2[j];
          const char = a2[0];
          if (!char || a2 !== char.repeat(a2.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a2 === b || a2.startsWith(b) || b.startsWith(a2)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n2 = 1) => input[state.index + n2];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants2;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/entries/dates.ts
function parseDateFormat(pattern = DEFAULT_DATE_FORMAT) {
  const source = NAMED[pattern.toLowerCase()] ?? pattern;
  const parts = [];
  for (const match of source.matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu)) {
    const text = match[0];
    if (/^[\p{L}\p{N}]/u.test(text)) {
      if (!TOKENS.has(text)) {
        throw usageError(
          `--date-format ${quote(pattern)} has the unknown token ${quote(text)}: use D, DD, M, MM and YYYY with separators, e.g. D.M.YYYY, DD.MM.YYYY or iso`
        );
      }
      parts.push({ token: text });
    } else {
      parts.push({ literal: text });
    }
  }
  for (const [name, tokens] of [["day", ["D", "DD"]], ["month", ["M", "MM"]], ["year", ["YYYY"]]]) {
    const count = parts.filter((part) => "token" in part && tokens.includes(part.token)).length;
    if (count !== 1) {
      throw usageError(
        `--date-format ${quote(pattern)} needs the ${name} exactly once (${tokens.join(" or ")}): e.g. D.M.YYYY, DD.MM.YYYY or iso`
      );
    }
  }
  return { source, parts };
}
function validDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isoDay(year, month, day) {
  return validDay(year, month, day) ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : void 0;
}
function toIsoDate(date) {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw usageError("the date is not a valid date");
    const pad = (value) => String(value).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  const match = ISO_DAY.exec(date.trim());
  if (match === null || !validDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw usageError(`${quote(date)} is not a date: expected YYYY-MM-DD`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}
function formatDate(date, pattern) {
  const [year, month, day] = toIsoDate(date).split("-");
  const values2 = {
    YYYY: year,
    MM: month,
    M: String(Number(month)),
    DD: day,
    D: String(Number(day))
  };
  return pattern.parts.map((part) => "token" in part ? values2[part.token] : part.literal).join("");
}
function readDate(text, pattern) {
  const source = pattern.parts.map((part) => "token" in part ? TOKEN_SOURCE[part.token] : escapeRegExp2(part.literal)).join("");
  const match = new RegExp(`^${source}(?!\\d)`).exec(text);
  if (match === null) return void 0;
  const fields = {};
  let group = 1;
  for (const part of pattern.parts) {
    if (!("token" in part)) continue;
    const value = Number(match[group]);
    group += 1;
    fields[part.token === "YYYY" ? "year" : part.token.startsWith("M") ? "month" : "day"] = value;
  }
  const { year = 0, month = 0, day = 0 } = fields;
  const date = isoDay(year, month, day);
  if (date === void 0) return void 0;
  if (formatDate(date, pattern) !== match[0]) return void 0;
  return { date, length: match[0].length };
}
function detectDatePattern(samples, preferred) {
  if (samples.length === 0) return void 0;
  const fits = (pattern) => samples.every((sample) => readDate(sample, pattern)?.length === sample.length);
  if (preferred !== void 0 && fits(preferred)) return preferred;
  return KNOWN_STYLES.find(fits);
}
var DEFAULT_DATE_FORMAT, NAMED, TOKENS, ISO_DAY, escapeRegExp2, TOKEN_SOURCE, KNOWN_STYLES, ANY_DATE;
var init_dates = __esm({
  "src/entries/dates.ts"() {
    "use strict";
    init_errors();
    DEFAULT_DATE_FORMAT = "D.M.YYYY";
    NAMED = { iso: "YYYY-MM-DD" };
    TOKENS = /* @__PURE__ */ new Set(["D", "DD", "M", "MM", "YYYY"]);
    ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
    escapeRegExp2 = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    TOKEN_SOURCE = { D: "(\\d{1,2})", DD: "(\\d{2})", M: "(\\d{1,2})", MM: "(\\d{2})", YYYY: "(\\d{4})" };
    KNOWN_STYLES = ["YYYY-MM-DD", "D.M.YYYY", "DD.MM.YYYY", "D/M/YYYY", "DD/MM/YYYY", "M/D/YYYY", "MM/DD/YYYY", "D-M-YYYY", "DD-MM-YYYY"].map(
      (source) => parseDateFormat(source)
    );
    ANY_DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?!\d)/;
  }
});

// src/config.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join } from "node:path";
function readsAsDatePattern(format) {
  try {
    parseDateFormat(format);
    return true;
  } catch {
    return false;
  }
}
function configError(source, key2, problem, fix) {
  return new PolicydiffError("config", `${key2 === "" ? "" : `"${key2}" in `}${source} ${problem}: ${fix}`);
}
function stringList(value, source, key2, what) {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.trim() === "")) {
    throw configError(source, key2, "must be a list of non-empty strings", `give ${what}, e.g. ["privacy.md"]`);
  }
  return value;
}
function validateOverrides(value, source, key2) {
  if (!isRecord(value)) throw configError(source, key2, "must be an object", 'write { "add": [...], "ignore": [...] }');
  const overrides = {};
  for (const list of Object.keys(value)) {
    if (list !== "add" && list !== "ignore") throw configError(source, `${key2}.${list}`, "is not a setting", `use ${key2}.add or ${key2}.ignore`);
    const lines = stringList(value[list], source, `${key2}.${list}`, "heading lines");
    const wordless = lines.find((line) => overrideKey(line) === "");
    if (wordless !== void 0) throw configError(source, `${key2}.${list}`, `has ${quote(wordless)}, which has no words to match`, `give the heading's words, e.g. "Kontakt"`);
    overrides[list] = lines;
  }
  const both = overrides.add?.find((line) => overrides.ignore?.some((other) => overrideKey(other) === overrideKey(line)));
  if (both !== void 0) throw configError(source, key2, `has ${quote(both)} in both add and ignore`, "keep it in one of them");
  return overrides;
}
function validateHeadings(value, source) {
  const perGlob = isRecord(value) && Object.entries(value).some(([key2, entry]) => !isOverrideList(key2) && isRecord(entry));
  if (!perGlob) return validateOverrides(value, source, "headings");
  const setting = {};
  for (const [glob, entry] of Object.entries(value)) {
    if (isOverrideList(glob)) {
      const firstGlob = Object.keys(value).find((key2) => !isOverrideList(key2));
      throw configError(source, `headings.${firstGlob}`, "is a glob next to add or ignore", "give add and ignore for every file, or per glob, not both");
    }
    setting[glob] = validateOverrides(entry, source, `headings.${glob}`);
  }
  return setting;
}
function validateConfig(value, source) {
  if (!isRecord(value)) throw configError(source, "", "must hold an object", 'write { "files": ["privacy.md"] }');
  const config = {};
  for (const key2 of Object.keys(value)) {
    if (!KEYS.includes(key2)) {
      throw configError(source, key2, "is not a setting", `use ${KEYS.join(", ")}`);
    }
  }
  if (value.files !== void 0) {
    const files = stringList(value.files, source, "files", "globs of the policy files");
    refuseOutside(files, source, "files", "give globs relative to its top folder");
    config.files = files;
  }
  if (value.languages !== void 0) {
    if (!isRecord(value.languages)) throw configError(source, "languages", "must be an object", 'map files to languages, e.g. { "privacy.md": "sv" }');
    for (const [glob, language] of Object.entries(value.languages)) {
      if (typeof language !== "string" || !LANGUAGE.test(language)) {
        throw configError(source, `languages.${glob}`, `is ${quote(String(language))}, not a language code`, 'give one such as "sv", "en" or "fi"');
      }
    }
    config.languages = value.languages;
  }
  if (value.dateFormat !== void 0) {
    const format = value.dateFormat;
    if (typeof format !== "string" || !DATE_FORMAT.test(format) || !format.includes("YYYY") || !format.includes("MM") || !format.includes("DD") || !readsAsDatePattern(format)) {
      throw configError(source, "dateFormat", `is ${quote(String(format))}`, 'combine YYYY, MM and DD with - . / or spaces, e.g. "DD.MM.YYYY"');
    }
    config.dateFormat = format;
  }
  if (value.headings !== void 0) config.headings = validateHeadings(value.headings, source);
  if (value.significance !== void 0) {
    const problem = extensionsProblem(value.significance);
    if (problem !== void 0) throw configError(source, `significance${problem.key === "" ? "" : `.${problem.key}`}`, problem.problem, "see src/lexicons/sv.json for the shape");
    config.significance = value.significance;
  }
  if (value.translations !== void 0) config.translations = translationSets(value.translations, source);
  if (value.noise !== void 0) config.noise = noisePatterns(value.noise, source);
  if (value.truncation !== void 0) {
    const share = value.truncation;
    if (typeof share !== "number" || !(share > 0 && share <= 1)) {
      throw configError(source, "truncation", `is ${quote(String(share))}`, "give the share of the text a version must lose, above 0 and at most 1, e.g. 0.5 (1 turns it off)");
    }
    config.truncation = share;
  }
  return config;
}
function noisePatterns(value, source) {
  const patterns = stringList(value, source, "noise", "regular expressions of text to leave out of the comparison");
  patterns.forEach((pattern, index) => {
    let expression;
    try {
      expression = new RegExp(pattern, "u");
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "invalid";
      throw configError(source, `noise[${index}]`, `is not a regular expression (${reason})`, 'escape the special characters, e.g. "How is my data shared\\?"');
    }
    if (expression.test("")) throw configError(source, `noise[${index}]`, `matches empty text (${quote(pattern)})`, 'give a pattern that matches the noise itself, e.g. "Download pdf"');
  });
  return patterns;
}
function readingOptions(config) {
  return { ...config.noise === void 0 ? {} : { noise: config.noise }, ...config.truncation === void 0 ? {} : { truncation: config.truncation } };
}
function refuseOutside(paths, source, key2, fix) {
  for (const path of paths) {
    if (path.startsWith("/") || path.split("/").includes("..")) {
      throw configError(source, key2, `has ${quote(path)}, which points outside the repository`, fix);
    }
  }
}
function translationSets(value, source) {
  if (!Array.isArray(value)) throw configError(source, "translations", "must be a list of sets of files", `give the translations of each policy, ${TRANSLATIONS_EXAMPLE}`);
  return value.map((set, index) => {
    const key2 = `translations[${index}]`;
    const files = stringList(set, source, key2, "the paths of one policy in each of its languages");
    if (files.length < 2 || new Set(files).size !== files.length) {
      throw configError(source, key2, "must name at least two different files", `list one policy's translations together, ${TRANSLATIONS_EXAMPLE}`);
    }
    refuseOutside(files, source, key2, "give paths relative to its top folder");
    return files;
  });
}
function parseJson(text, source) {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "invalid JSON";
    throw new PolicydiffError("config", `${source} is not valid JSON (${reason}): fix the syntax`, { cause: error });
  }
}
function loadConfig(dir) {
  for (const name of CONFIG_FILES) {
    const path = join(dir, name);
    if (existsSync2(path)) return { config: validateConfig(parseJson(readFileSync2(path, "utf8"), name), name), source: name };
  }
  const packagePath = join(dir, "package.json");
  if (existsSync2(packagePath)) {
    const manifest = parseJson(readFileSync2(packagePath, "utf8"), "package.json");
    if (isRecord(manifest) && manifest.policydiff !== void 0) {
      const source = 'package.json ("policydiff")';
      return { config: validateConfig(manifest.policydiff, source), source };
    }
  }
  return { config: {} };
}
function configuredLanguage(config, file) {
  for (const [glob, language] of Object.entries(config.languages ?? {})) {
    if ((0, import_picomatch.default)(glob, { dot: true })(file)) return language;
  }
  return void 0;
}
function headingOverridesFor(config, file) {
  const { headings } = config;
  if (headings === void 0) return void 0;
  const entries = Object.entries(headings);
  if (entries.length === 0 || entries.some(([key2]) => isOverrideList(key2))) return headings;
  return entries.find(([glob]) => (0, import_picomatch.default)(glob, { dot: true })(file))?.[1];
}
var import_picomatch, CONFIG_FILES, KEYS, LANGUAGE, DATE_FORMAT, isRecord, isOverrideList, TRANSLATIONS_EXAMPLE;
var init_config = __esm({
  "src/config.ts"() {
    "use strict";
    import_picomatch = __toESM(require_picomatch2(), 1);
    init_dates();
    init_errors();
    init_heading_overrides();
    init_lexicon();
    CONFIG_FILES = ["policydiff.config.json", ".policydiffrc.json"];
    KEYS = ["files", "languages", "dateFormat", "headings", "significance", "translations", "noise", "truncation"];
    LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
    DATE_FORMAT = /^(?:YYYY|MM|DD|[-./ ])+$/;
    isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
    isOverrideList = (key2) => key2 === "add" || key2 === "ignore";
    TRANSLATIONS_EXAMPLE = 'e.g. [["privacy.sv.md", "privacy.en.md", "privacy.fi.md"]]';
  }
});

// src/history/discover.ts
function looksLikePolicy(path) {
  if (!POLICY_EXTENSION.test(path) || SKIPPED_DIRECTORIES.test(path)) return false;
  const name = path.slice(path.lastIndexOf("/") + 1).replace(POLICY_EXTENSION, "").toLowerCase().normalize("NFC");
  if (POLICY_WORDS.some((word) => name.includes(word))) return true;
  return name.split(/[^\p{L}\p{N}]+/u).some((token) => POLICY_TOKENS.has(token));
}
function discoverPolicyFiles(tracked, config, configSource = "the config") {
  if (config.files !== void 0) {
    const matches = (0, import_picomatch2.default)([...config.files], { dot: true });
    const found2 = tracked.filter((path) => matches(path));
    if (found2.length === 0) {
      throw new PolicydiffError(
        "config",
        `"files" in ${configSource} (${config.files.map((glob) => quote(glob)).join(", ")}) matches no tracked file: fix the globs (git ls-files lists the tracked files)`
      );
    }
    return found2;
  }
  const found = tracked.filter(looksLikePolicy);
  if (found.length === 0) {
    throw usageError('found no tracked file named like a policy (privacy, terms, integritet, \u2026): name the files after --, or list them in policydiff.config.json as "files"');
  }
  return found;
}
var import_picomatch2, POLICY_EXTENSION, POLICY_WORDS, POLICY_TOKENS, SKIPPED_DIRECTORIES;
var init_discover = __esm({
  "src/history/discover.ts"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_errors();
    POLICY_EXTENSION = /\.(?:md|markdown|txt)$/i;
    POLICY_WORDS = [
      // en
      "privacy",
      "policy",
      "policies",
      "terms",
      "cookie",
      "gdpr",
      "eula",
      "legal",
      "disclaimer",
      "data-protection",
      // sv, da, nb
      "integritet",
      "sekretess",
      "villkor",
      "personuppgift",
      "dataskydd",
      "anvandarvillkor",
      "anv\xE4ndarvillkor",
      "personvern",
      "personoplysning",
      "privatliv",
      "vilk\xE5r",
      "vilkar",
      "betingelser",
      // fi
      "tietosuoja",
      "yksityisyy",
      "kayttoehdot",
      "k\xE4ytt\xF6ehdot",
      "rekisteriseloste",
      // de, fr, es, pt, it, nl
      "datenschutz",
      "nutzungsbedingungen",
      "confidentialit",
      "conditions",
      "privacidad",
      "privacidade",
      "terminos",
      "t\xE9rminos",
      "termini",
      "privacyverklaring",
      "voorwaarden"
    ];
    POLICY_TOKENS = /* @__PURE__ */ new Set(["tos", "agb", "cgu", "cgv", "dpa", "ehdot"]);
    SKIPPED_DIRECTORIES = /(?:^|\/)(?:node_modules|vendor|\.git)\//;
  }
});

// src/write.ts
import { randomBytes } from "node:crypto";
import {
  closeSync as closeSync2,
  existsSync as existsSync3,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync as openSync2,
  readdirSync as readdirSync2,
  readFileSync as readFileSync3,
  readlinkSync,
  realpathSync as realpathSync2,
  renameSync,
  statSync as statSync2,
  unlinkSync,
  writeSync
} from "node:fs";
import { basename as basename2, dirname, isAbsolute, join as join2, relative, resolve as resolve2 } from "node:path";
function writeError(shown, error) {
  if (error instanceof PolicydiffError) return error;
  const code = error.code ?? "";
  const name = quote(shown, 200);
  const reason = code === "ENOENT" ? `the folder ${quote(dirname(shown), 200)} does not exist: create it first` : FIXES[code] ?? `${code || (error instanceof Error ? error.message : String(error))}: check the path`;
  return new PolicydiffError("write", `cannot write ${name}: ${reason}`, { cause: error });
}
function realPath(path) {
  let existing = path;
  while (!existsSync3(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join2(realpathSync2(existing), relative(existing, path));
}
function resolveTarget(path, options) {
  const shown = options.shown ?? path;
  const absolute = resolve2(path);
  const confine = options.confine ?? { folder: dirname(absolute), name: "its folder" };
  let link;
  try {
    if (lstatSync(absolute).isSymbolicLink()) link = readlinkSync(absolute);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (link !== void 0 && !existsSync3(absolute)) {
    throw inputError(`${quote(shown)} is a symbolic link to ${quote(link)}, which does not exist: create that file, or replace the link with the file`);
  }
  const real = realPath(absolute);
  if (!isWithin(realPath(resolve2(confine.folder)), real)) {
    throw inputError(`${quote(shown)} is a symbolic link out of ${confine.name}: ${confine.fix ?? "replace the link with the file, or write somewhere else"}`);
  }
  if (!existsSync3(real)) return { path: real };
  const stat = statSync2(real);
  if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  if (!stat.isFile()) throw new PolicydiffError("write", `cannot write ${quote(shown)}: it is not a regular file (a pipe, device or socket): give a file path`);
  if ((stat.mode & 146) === 0) {
    throw new PolicydiffError("write", `cannot write ${quote(shown)}: it is read-only: make it writable (chmod u+w) if policydiff should change it`);
  }
  return { path: real, mode: stat.mode & 4095 };
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function isLeftOver(path, pid) {
  if (pid === process.pid) return false;
  try {
    return !isRunning(pid) || Date.now() - statSync2(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}
function removeLeftOverTemps(target) {
  const pattern = new RegExp(`^\\.${escapeRegExp3(basename2(target))}\\.policydiff-(\\d+)-[0-9a-f]+\\.tmp$`);
  let names2;
  try {
    names2 = readdirSync2(dirname(target));
  } catch {
    return;
  }
  for (const name of names2) {
    const match = pattern.exec(name);
    const path = join2(dirname(target), name);
    if (match === null || !isLeftOver(path, Number(match[1]))) continue;
    try {
      unlinkSync(path);
    } catch {
    }
  }
}
function acquireLock(target, shown) {
  const lock = join2(dirname(target), `.${basename2(target)}.policydiff.lock`);
  const started = Date.now();
  for (; ; ) {
    try {
      const fd = openSync2(lock, "wx", 420);
      try {
        writeSync(fd, `${process.pid}
`);
      } finally {
        closeSync2(fd);
      }
      return () => {
        try {
          unlinkSync(lock);
        } catch {
        }
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number.parseInt(readFileSync3(lock, "utf8"), 10);
    } catch {
    }
    if (Number.isInteger(holder) && isLeftOver(lock, holder)) {
      try {
        unlinkSync(lock);
      } catch {
      }
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      const who = Number.isInteger(holder) ? `another policydiff (process ${holder})` : "another policydiff";
      throw new PolicydiffError(
        "write",
        `cannot write ${quote(shown)}: ${who} has been writing it for ${LOCK_WAIT_MS / 1e3} s: let it finish, or remove ${quote(basename2(lock))} if no policydiff runs`
      );
    }
    sleep(25 + Math.random() * 25);
  }
}
function replace(target, data) {
  removeLeftOverTemps(target.path);
  const temp = tempName(target.path);
  let created = false;
  try {
    const fd = openSync2(temp, "wx", target.mode ?? 438);
    created = true;
    try {
      if (target.mode !== void 0) fchmodSync(fd, target.mode);
      for (const piece2 of data instanceof Uint8Array ? [data] : data) {
        const bytes = typeof piece2 === "string" ? Buffer.from(piece2, "utf8") : piece2;
        for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync2(fd);
    }
    renameSync(temp, target.path);
    created = false;
  } finally {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
      }
    }
  }
}
function prepare(path, options) {
  const target = resolveTarget(path, options);
  if (options.createFolders) mkdirSync(dirname(target.path), { recursive: true });
  return target;
}
function writeFileAtomic(path, data, options = {}) {
  try {
    replace(prepare(path, options), typeof data === "string" ? [data] : data);
  } catch (error) {
    throw writeError(options.shown ?? path, error);
  }
}
function updateFileAtomic(path, update, options = {}) {
  const shown = options.shown ?? path;
  let release;
  try {
    const target = prepare(path, options);
    release = acquireLock(target.path, shown);
    const current = existsSync3(target.path) ? readFileSync3(target.path) : void 0;
    const next = update(current);
    if (next === void 0) return false;
    replace(target, next);
    return true;
  } catch (error) {
    throw writeError(shown, error);
  } finally {
    release?.();
  }
}
function writeTarget(path, options = {}) {
  try {
    return resolveTarget(path, options).path;
  } catch (error) {
    throw writeError(options.shown ?? path, error);
  }
}
var FIXES, LOCK_WAIT_MS, STALE_AFTER_MS, isWithin, escapeRegExp3, tempName, sleep;
var init_write = __esm({
  "src/write.ts"() {
    "use strict";
    init_errors();
    FIXES = {
      EACCES: "no permission: check the permissions of the file and its folder",
      EPERM: "no permission: check the permissions of the file and its folder",
      EROFS: "the file system is read-only",
      ENOSPC: "the disk is full: free some space and run again",
      EDQUOT: "the disk quota is used up: free some space and run again",
      EFBIG: "the file is larger than this system allows to write (ulimit -f or the file system's limit): raise the limit or free space",
      ENOTDIR: "a part of the path is a file, not a folder: check the path",
      EISDIR: "it is a folder: give a file path"
    };
    LOCK_WAIT_MS = 1e4;
    STALE_AFTER_MS = 60 * 60 * 1e3;
    isWithin = (folder, path) => {
      const inside = relative(folder, path);
      return inside === "" || !inside.startsWith("..") && !isAbsolute(inside);
    };
    escapeRegExp3 = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    tempName = (target) => join2(dirname(target), `.${basename2(target)}.policydiff-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
    sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }
});

// src/history/git-parse.ts
function trailerRecord(list) {
  const record = {};
  for (const { key: key2, value } of list) (record[key2] ??= []).push(value);
  return record;
}
function parseTrailers(text) {
  return text.split(GS).map((line) => /^([A-Za-z0-9-]+)\s*:\s*(.*)$/s.exec(line.trim())).filter((match) => match !== null).map((match) => ({ key: match[1], value: match[2].trim() }));
}
function parseCommit(fields) {
  const [hash2 = "", parents = "", author = "", authorEmail = "", authorDate = "", committerDate = "", subject = "", body = "", trailers = ""] = fields;
  return {
    hash: hash2,
    parents: parents.split(" ").filter((parent) => parent !== ""),
    author,
    authorEmail,
    authorDate,
    committerDate,
    subject,
    body: body.trim(),
    trailers: parseTrailers(trailers)
  };
}
function parseRawEntries(commit, text) {
  const tokens = text.split("\0").map((token) => token.replace(/^\n+/, ""));
  const changes = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token.startsWith(":")) continue;
    const [previousMode = "", mode = "", previousOid = "", oid = "", status = ""] = token.slice(1).split(" ");
    const letter = status.charAt(0);
    const twoPaths = letter === "R" || letter === "C";
    const first = tokens[index + 1] ?? "";
    const second = twoPaths ? tokens[index + 2] ?? "" : first;
    index += twoPaths ? 2 : 1;
    const change = { commit, status: letter, path: second, previousMode, mode };
    if (twoPaths && first !== second) change.previousPath = first;
    if (!ZERO_OID.test(previousOid)) change.previousBlob = previousOid;
    if (!ZERO_OID.test(oid)) change.blob = oid;
    changes.push(change);
  }
  return changes;
}
function parseRawLog(output) {
  const changes = [];
  for (const record of output.split(RS)) {
    if (record === "") continue;
    const fields = record.split(US);
    const commit = parseCommit(fields.slice(0, 9));
    for (const change of parseRawEntries(commit, fields.slice(9).join(US))) changes.push(change);
  }
  return changes;
}
function parseBatchHeader(line) {
  const [oid = "", type = "", size] = line.split(" ");
  return type === "missing" || size === void 0 ? { oid, type: "missing", size: 0 } : { oid, type, size: Number(size) };
}
function parseStagedChanges(output) {
  const tokens = output.split("\0");
  const changes = { deleted: [], renamed: /* @__PURE__ */ new Map() };
  for (let index = 0; index < tokens.length - 1; ) {
    const status = tokens[index];
    if (status.startsWith("R")) {
      changes.renamed.set(tokens[index + 2], tokens[index + 1]);
      index += 3;
    } else {
      if (status === "D") changes.deleted.push(tokens[index + 1]);
      index += 2;
    }
  }
  return changes;
}
var RS, RECORD_SEPARATOR, US, GS, LOG_FORMAT, ZERO_OID, ARENA_BYTES, BatchParser;
var init_git_parse = __esm({
  "src/history/git-parse.ts"() {
    "use strict";
    RS = "";
    RECORD_SEPARATOR = 30;
    US = "";
    GS = "";
    LOG_FORMAT = `${RS}%H${US}%P${US}%an${US}%ae${US}%aI${US}%cI${US}%s${US}%b${US}%(trailers:unfold,separator=%x1d)${US}`.replaceAll(RS, "%x1e").replaceAll(US, "%x1f").replaceAll(GS, "%x1d");
    ZERO_OID = /^0+$/;
    ARENA_BYTES = 4 * 1024 * 1024;
    BatchParser = class {
      constructor(onObject, maxSize = Number.POSITIVE_INFINITY) {
        this.onObject = onObject;
        this.maxSize = maxSize;
      }
      onObject;
      maxSize;
      /** An unfinished header line, when a chunk ended inside it. */
      partialHeader;
      header;
      /** Where the current object's content goes, and how many of its bytes have arrived. */
      content;
      filled = 0;
      /** Bytes of an oversized object (plus its newline) still to be skipped, or the newline after a content. */
      skipping = 0;
      arena = Buffer.alloc(0);
      arenaUsed = 0;
      push(chunk) {
        let at2 = 0;
        while (at2 < chunk.length) {
          if (this.skipping > 0) {
            const skipped = Math.min(this.skipping, chunk.length - at2);
            this.skipping -= skipped;
            at2 += skipped;
            continue;
          }
          if (this.header === void 0) {
            const newline = chunk.indexOf(10, at2);
            if (newline === -1) {
              this.partialHeader = Buffer.concat([this.joinHeader(chunk.subarray(at2))]);
              return;
            }
            const line = this.joinHeader(chunk.subarray(at2, newline)).toString("utf8");
            this.partialHeader = void 0;
            at2 = newline + 1;
            this.startObject(line);
            continue;
          }
          const content = this.content;
          const copied = chunk.copy(content, this.filled, at2, Math.min(chunk.length, at2 + content.length - this.filled));
          this.filled += copied;
          at2 += copied;
          if (this.filled === content.length) this.finishObject();
        }
      }
      joinHeader(part) {
        return this.partialHeader === void 0 ? part : Buffer.concat([this.partialHeader, part]);
      }
      startObject(line) {
        const header = parseBatchHeader(line);
        if (header.type === "missing") {
          this.onObject(header);
          return;
        }
        if (header.size > this.maxSize) {
          this.onObject(header);
          this.skipping = header.size + 1;
          return;
        }
        this.header = header;
        this.content = this.allocate(header.size);
        this.filled = 0;
        if (header.size === 0) this.finishObject();
      }
      finishObject() {
        const object = { ...this.header, content: this.content };
        this.header = void 0;
        this.content = void 0;
        this.skipping = 1;
        this.onObject(object);
      }
      allocate(size) {
        if (size > ARENA_BYTES) return Buffer.allocUnsafeSlow(size);
        if (this.arenaUsed + size > this.arena.length) {
          this.arena = Buffer.allocUnsafeSlow(ARENA_BYTES);
          this.arenaUsed = 0;
        }
        const part = this.arena.subarray(this.arenaUsed, this.arenaUsed + size);
        this.arenaUsed += size;
        return part;
      }
    };
  }
});

// src/history/git.ts
import { spawn } from "node:child_process";
import { closeSync as closeSync3, existsSync as existsSync4, mkdtempSync, openSync as openSync3, readFileSync as readFileSync4, readSync as readSync2, rmdirSync, statSync as statSync3, unlinkSync as unlinkSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute as isAbsolute2, join as join3, relative as relative2, resolve as resolve3, sep } from "node:path";
function reportFallbacks(read, onFallback) {
  if (onFallback === void 0) return;
  const byPath = /* @__PURE__ */ new Map();
  for (const { path, revision, encoding, bytes } of read) {
    const reading = fallbackReading(bytes, encoding);
    if (reading === void 0) continue;
    const seen = byPath.get(path);
    if (seen === void 0) byPath.set(path, { revision, reading, more: 0 });
    else seen.more += 1;
  }
  for (const [path, { revision, reading, more }] of byPath) {
    const later = more === 0 ? "" : ` (and ${more} later ${more === 1 ? "version" : "versions"})`;
    onFallback(fallbackWarning(`${quote(path)} at ${shownRevision(revision)}${later}`, reading));
  }
}
function validateRevision(spec) {
  const problem = spec === "" ? "is empty" : spec.startsWith("-") ? 'starts with "-"' : /[\u0000-\u001f\u007f]/.test(spec) ? "contains a control character or line break" : spec.includes("..") ? "is a range" : spec.length > 256 ? "is longer than 256 characters" : void 0;
  if (problem !== void 0) {
    throw usageError(`the revision ${quote(spec)} ${problem}: give one tag, branch, commit or date (YYYY-MM-DD)`);
  }
}
function isValidDay(day) {
  if (!ISO_DAY2.test(day)) return false;
  const date = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
function assertRegularFile(mode, path, revision) {
  if (SAFE_MODES.has(mode)) return;
  const what = mode === "120000" ? "a symbolic link" : mode === "160000" ? "a submodule" : `not a regular file (mode ${mode})`;
  throw inputError(`${quote(path)} is ${what} at ${revision.slice(0, 12)}: give the policy file itself`);
}
function checkBlobs(arrived, sources, maxBytes) {
  const blobs = /* @__PURE__ */ new Map();
  for (const [oid, source] of sources) blobs.set(oid, checkBlob(arrived.get(oid), source.path, source.revision, maxBytes));
  return blobs;
}
function checkBlob(object, path, revision, maxBytes) {
  const where2 = `${quote(path)} at ${revision.slice(0, 12)}`;
  if (object === void 0 || object.type === "missing") {
    throw new PolicydiffError("shallowHistory", `the text of ${where2} is not in this clone (a partial or shallow clone?): ${FIX_SHALLOW}`);
  }
  if (object.size > maxBytes) {
    throw inputError(`${where2} is ${Math.ceil(object.size / 1024 / 1024)} MB, over the ${Math.floor(maxBytes / 1024 / 1024)} MB limit: raise it with --max-size if this really is a policy`);
  }
  if (object.text === void 0) throw notTextError(where2);
  return object.text;
}
var shownRevision, FIX_SHALLOW, ISO_DAY2, SAFE_MODES, isDaySpec, GitRepository, MAX_PROCESSES, GitRunner, CatFile, BlobBatch, BlobFile;
var init_git = __esm({
  "src/history/git.ts"() {
    "use strict";
    init_decode();
    init_errors();
    init_git_parse();
    init_input();
    shownRevision = (revision) => /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 7) : revision;
    FIX_SHALLOW = "fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow --tags)";
    ISO_DAY2 = /^\d{4}-\d{2}-\d{2}$/;
    SAFE_MODES = /* @__PURE__ */ new Set(["100644", "100755", "000000"]);
    isDaySpec = (spec) => ISO_DAY2.test(spec);
    GitRepository = class _GitRepository {
      constructor(git, root, shallow, shallowCommits) {
        this.git = git;
        this.root = root;
        this.shallow = shallow;
        this.shallowCommits = shallowCommits;
      }
      git;
      root;
      shallow;
      shallowCommits;
      staged = /* @__PURE__ */ new Map();
      /** The repository holding `dir` (default: the current folder). */
      static async open(dir = process.cwd()) {
        const where2 = resolve3(dir);
        if (!existsSync4(where2) || !statSync3(where2).isDirectory()) {
          throw usageError(`${quote(dir)} is not a folder: give -C the folder of your policy's repository`);
        }
        const git = new GitRunner(where2);
        let lines;
        try {
          lines = (await git.raw(["rev-parse", "--show-toplevel", "--is-shallow-repository", "--git-path", "shallow"])).split("\n");
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (/dubious ownership/.test(message)) {
            throw new PolicydiffError("notARepository", `git refuses to read ${quote(where2)} because another user owns it: run git config --global --add safe.directory <that folder>`, { cause: error });
          }
          throw new PolicydiffError("notARepository", `${quote(where2)} is not inside a git repository (or is a bare one): run policydiff in your policy's repository or pass -C <folder>`, { cause: error });
        }
        const [root = "", shallowFlag = "", shallowFile = ""] = lines;
        if (root === "") throw new PolicydiffError("notARepository", `${quote(where2)} is inside a .git folder, not a work tree: run policydiff in the work tree`);
        const shallow = shallowFlag.trim() === "true";
        const shallowPath = resolve3(where2, shallowFile.trim());
        const shallowCommits = shallow && existsSync4(shallowPath) ? new Set(readFileSync4(shallowPath, "utf8").split("\n").filter(Boolean)) : /* @__PURE__ */ new Set();
        return new _GitRepository(new GitRunner(root), root, shallow, shallowCommits);
      }
      /** The commit a revision names, or `undefined`; `--quiet` makes git answer with empty output, not an error. */
      async lookup(spec) {
        let output;
        try {
          output = await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${spec}^{commit}`]);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const kind = /expected commit type, but the object dereferences to (\w+) type/.exec(message)?.[1];
          if (kind !== void 0) {
            throw new PolicydiffError("unknownRevision", `the revision ${quote(spec)} is a ${kind}, not a commit: give a tag, branch or commit (git log --oneline lists the commits) or a date as YYYY-MM-DD`);
          }
          if (/expected \w+ type, but the object dereferences to/.test(message)) return void 0;
          throw error;
        }
        const hash2 = output.trim();
        return hash2 === "" ? void 0 : hash2;
      }
      /** A tag, branch, commit or other single revision → its commit hash; unknown ones are errors with the fix. */
      async resolveRevision(spec) {
        validateRevision(spec);
        const hash2 = await this.lookup(spec);
        if (hash2 !== void 0) return hash2;
        if (spec === "HEAD") {
          throw new PolicydiffError("unknownRevision", "the repository has no commits yet: commit the policy first");
        }
        if (this.shallow) {
          throw new PolicydiffError("shallowHistory", `this clone is shallow and its history does not reach ${quote(spec)}: ${FIX_SHALLOW}`);
        }
        throw new PolicydiffError("unknownRevision", `unknown revision ${quote(spec)}: give a tag, branch or commit (git tag --list shows the tags) or a date as YYYY-MM-DD`);
      }
      /**
       * Where a range starts: a revision, or a day `YYYY-MM-DD` → the last first-parent commit of `to` dated before
       * that day (by author or committer date, as the output dates changes), so that the day's changes are in the
       * range. A day before the first commit is the whole history (`undefined`). A revision named like a day wins.
       */
      async resolveStart(spec, to, kind = "author") {
        validateRevision(spec);
        const hash2 = await this.lookup(spec);
        if (hash2 !== void 0) {
          await this.assertReachable(hash2, spec, to);
          return hash2;
        }
        if (!ISO_DAY2.test(spec)) return this.resolveRevision(spec);
        return this.newestDatedCommit(to, spec, kind, (day) => day < spec);
      }
      /**
       * Where a range ends: a revision, or a day `YYYY-MM-DD` → the last first-parent commit of HEAD dated on or
       * before that day, so that the day's changes are in the range, as they are when it starts one. A day before
       * the first commit names no version: an error.
       */
      async resolveEnd(spec, kind = "author") {
        validateRevision(spec);
        const hash2 = await this.lookup(spec);
        if (hash2 !== void 0) return hash2;
        if (!ISO_DAY2.test(spec)) return this.resolveRevision(spec);
        const found = await this.newestDatedCommit(await this.resolveRevision("HEAD"), spec, kind, (day) => day <= spec);
        if (found === void 0) throw new PolicydiffError("unknownRevision", `no commit on or before ${spec}: the history starts later, so give a later date`);
        return found;
      }
      /** The newest first-parent commit of `to` whose day satisfies `fits`, if any. */
      async newestDatedCommit(to, spec, kind, fits) {
        if (!isValidDay(spec)) throw usageError(`${quote(spec)} is not a calendar date: give a date as YYYY-MM-DD, e.g. 2021-01-31`);
        const output = await this.git.raw(["log", "--first-parent", "--no-show-signature", "--format=%H%x1f%aI%x1f%cI", "--end-of-options", to, "--"]);
        for (const line of output.split("\n")) {
          const [hash2 = "", authorDate = "", committerDate = ""] = line.split("");
          if (hash2 === "") continue;
          if (fits((kind === "committer" ? committerDate : authorDate).slice(0, 10))) return hash2;
          if (this.shallowCommits.has(hash2)) {
            throw new PolicydiffError("shallowHistory", `this clone is shallow and its history does not reach ${spec}: ${FIX_SHALLOW}`);
          }
        }
        return void 0;
      }
      /** Whether the commit `ancestor` is `commit` or in its history. */
      async isAncestor(ancestor, commit) {
        const base = await this.git.raw(["merge-base", "--end-of-options", ancestor, commit]).then((output) => output.trim(), () => "");
        return base === ancestor;
      }
      /** A commit's author or committer day (`YYYY-MM-DD`), in the offset it was recorded with. */
      async commitDay(hash2, kind = "author") {
        const output = await this.git.raw(["log", "-1", "--no-show-signature", `--format=${kind === "committer" ? "%cI" : "%aI"}`, "--end-of-options", hash2, "--"]);
        return output.trim().slice(0, 10);
      }
      /** In a shallow clone a resolvable start may still be cut off from `to`; git would then list everything. */
      async assertReachable(from, spec, to) {
        if (!this.shallow) return;
        const base = await this.git.raw(["merge-base", "--end-of-options", from, to]).then((output) => output.trim(), () => "");
        if (base === "") {
          throw new PolicydiffError("shallowHistory", `this clone is shallow and its history does not reach ${quote(spec)}: ${FIX_SHALLOW}`);
        }
      }
      /**
       * Where a branch left the default branch: the merge base of `head` with `origin/HEAD` (what the remote calls its
       * default), else the first of origin/main, origin/master, main, master that exists. Undefined when none does.
       */
      async defaultBranchBase(head) {
        const remoteHead = (await this.git.raw(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]).catch(() => "")).trim();
        for (const ref of [remoteHead, "origin/main", "origin/master", "main", "master"]) {
          if (ref === "" || await this.lookup(ref) === void 0) continue;
          const commit = (await this.git.raw(["merge-base", "--end-of-options", head, ref]).catch(() => "")).trim();
          if (commit !== "") return { ref, commit };
        }
        return void 0;
      }
      /** Paths of the files in the index, relative to the root, `/`-separated. */
      async trackedFiles() {
        return (await this.git.raw(["ls-files", "-z"])).split("\0").filter((path) => path !== "");
      }
      /**
       * Paths that a first-parent commit of `from..to` (or of all of `to`'s history) deleted, newest deletion first: a
       * policy removed in the range is no longer in the index, yet its removal is a change to report. One `git log` for
       * the whole range; renames are detected (`-M`, whatever `diff.renames` says), so a moved file is not a deletion.
       */
      async deletedFiles(to, from) {
        const range = from === void 0 ? to : `${from}..${to}`;
        const output = await this.git.raw([
          "log",
          "--first-parent",
          "--diff-merges=first-parent",
          "-M",
          "--diff-filter=D",
          "--name-only",
          "-z",
          "--no-color",
          "--format=",
          "--end-of-options",
          range,
          "--"
        ]);
        const paths = output.split("\0").map((path) => path.replace(/^\n+/, "")).filter((path) => path !== "");
        return [...new Set(paths)];
      }
      /**
       * What the index has done to `from`'s files and no commit records yet: paths it no longer holds (a `git rm`, which
       * takes the file out of `trackedFiles`) and files it moved (`git mv`), new path → old. Renames are detected as in
       * `deletedFiles`, so a moved file is not a deletion.
       */
      stagedChanges(from) {
        let changes = this.staged.get(from);
        if (changes === void 0) {
          changes = this.git.raw(["diff", "--cached", "-M", "--diff-filter=DR", "--name-status", "-z", "--no-color", "--end-of-options", from, "--"]).then(parseStagedChanges);
          this.staged.set(from, changes);
        }
        return changes;
      }
      /** Whether any commit reachable from any ref ever held `path`. */
      async everTracked(path) {
        const output = await this.git.raw(["--literal-pathspecs", "log", "--all", "--format=%H", "-1", "--", path]);
        return output.trim() !== "";
      }
      /**
       * A path given by the user (relative to `base`, the folder policydiff runs in) → the repository-relative path
       * git uses. Paths outside the work tree are refused, so that nothing is read beyond it.
       */
      repoPath(path, base = process.cwd()) {
        if (/[\u0000-\u001f\u007f]/.test(path)) throw usageError(`the path ${quote(path)} contains a control character or line break: give the policy file's path`);
        const inside = relative2(this.root, resolve3(base, path));
        if (inside === "" || inside.startsWith("..") || isAbsolute2(inside)) {
          throw usageError(`${quote(path)} is outside the repository at ${quote(this.root)}: give a file inside it`);
        }
        return inside.split(sep).join("/");
      }
      /**
       * What each commit in `from..to` (or all of `to`'s history) did to one file, following renames, newest first.
       * `--first-parent` makes a merge count once: the mainline sees a merged branch's edits as one change, the merge
       * commit's diff against its first parent (`--diff-merges=first-parent`, git ≥ 2.31, explicit so that a
       * `log.diffMerges` setting cannot change it), and the branch's own commits, which are not on the mainline, are
       * not listed again.
       */
      async readFileChanges(path, to, from, onChanges) {
        const range = from === void 0 ? to : `${from}..${to}`;
        const changes = [];
        const read = (records) => {
          const parsed = parseRawLog(records.toString("utf8"));
          changes.push(...parsed);
          onChanges?.(parsed);
        };
        let pending2 = [];
        await this.git.stream(
          [
            "--literal-pathspecs",
            "log",
            "--first-parent",
            "--diff-merges=first-parent",
            "--follow",
            "-z",
            "--raw",
            "--no-abbrev",
            "--no-color",
            "--no-show-signature",
            `--format=${LOG_FORMAT}`,
            "--end-of-options",
            range,
            "--",
            path
          ],
          (chunk) => {
            const last = chunk.lastIndexOf(RECORD_SEPARATOR);
            if (last === -1) {
              pending2.push(chunk);
              return;
            }
            read(Buffer.concat([...pending2, chunk.subarray(0, last)]));
            pending2 = [chunk.subarray(last)];
          }
        );
        read(Buffer.concat(pending2));
        return changes;
      }
      /** The file's blob at a revision (`undefined` if absent there). Symlinks and submodules are refused. */
      async blobAt(revision, path) {
        const output = await this.git.raw(["--literal-pathspecs", "ls-tree", "-z", "--full-tree", "--end-of-options", revision, "--", path]);
        const entry = output.split("\0").find((line) => line.endsWith(`	${path}`));
        if (entry === void 0) return void 0;
        const [mode = "", , oid = ""] = entry.split(/[ \t]/);
        assertRegularFile(mode, path, revision);
        return oid;
      }
      /** The texts of many blobs through one `git cat-file --batch` (see `readPolicyBlobs`). */
      async readTexts(blobs, options = {}) {
        const checked = await this.readPolicyBlobs(blobs, options);
        return new Map([...checked].map(([oid, blob]) => [oid, decodeAs(blob.bytes, blob.encoding)]));
      }
      /**
       * Many blobs through one `git cat-file --batch`, checked (missing, too large, binary; their encoding) and kept as
       * bytes, half the size of the text. `blobs` maps each object id to the path and revision that name it in
       * messages; the first in its order that cannot be read is the error.
       */
      async readPolicyBlobs(blobs, options) {
        if (blobs.size === 0) return /* @__PURE__ */ new Map();
        const batch = new BlobBatch(this.root, options.maxBytes ?? DEFAULT_MAX_BYTES);
        batch.ask(blobs.keys());
        return checkBlobs(await batch.finish(), blobs, batch.maxBytes);
      }
      /**
       * The history of each file in the range, with every version's text. All blobs are read by one `cat-file --batch`
       * (into a temporary file, see BlobFile) and checked before this returns; a version's text is read from there
       * when it is asked for.
       */
      async readHistories(paths, range, options = {}) {
        if (paths.length === 0) return [];
        const file = new BlobFile(this.root);
        let logs;
        let blobs;
        let stored;
        try {
          logs = await Promise.all(paths.map((path) => this.readFileChanges(path, range.to, range.from, (changes) => file.ask(changes.map((change) => change.blob)))));
          blobs = this.historyBlobs(logs, range.from);
          file.ask(blobs.keys());
          stored = checkBlobs(await file.finish(options.maxBytes ?? DEFAULT_MAX_BYTES), blobs, options.maxBytes ?? DEFAULT_MAX_BYTES);
        } catch (error) {
          file.close();
          throw error;
        }
        reportFallbacks(
          logs.flatMap((changes) => changes.flatMap((change) => {
            const blob = change.blob === void 0 ? void 0 : stored.get(change.blob);
            return blob === void 0 ? [] : [{ path: change.path, revision: change.commit.hash, encoding: blob.encoding, bytes: () => file.read(blob) }];
          })),
          options.onFallback
        );
        const withText = (target, oid) => {
          const blob = oid === void 0 ? void 0 : stored.get(oid);
          if (blob === void 0) return Object.assign(target, { text: "" });
          const bytes = () => ({ bytes: file.read(blob), encoding: blob.encoding });
          Object.defineProperty(target, "bytes", { get: bytes, enumerable: false });
          return Object.defineProperty(target, "text", { get: () => decodeAs(file.read(blob), blob.encoding), enumerable: true });
        };
        const histories = paths.map((path, index) => {
          const changes = logs[index];
          const history = { file: changes.at(-1)?.path ?? path, versions: [] };
          const first = changes[0];
          if (first?.previousBlob !== void 0) {
            history.before = withText({ path: first.previousPath ?? first.path, blob: first.previousBlob }, first.previousBlob);
          }
          for (const change of changes) {
            const version2 = withText({ commit: change.commit, status: change.status, path: change.path }, change.blob);
            if (change.previousPath !== void 0) version2.previousPath = change.previousPath;
            if (change.blob !== void 0) version2.blob = change.blob;
            history.versions.push(version2);
          }
          return history;
        });
        BlobFile.closeWhenUnused(file);
        return histories;
      }
      /**
       * The blobs of the files' logs (each turned oldest first), checked to be regular files, each named by the oldest
       * version that has it, so that messages name where it first appeared.
       */
      historyBlobs(logs, from) {
        const blobs = /* @__PURE__ */ new Map();
        const want = (oid, path, revision) => {
          if (oid !== void 0 && !blobs.has(oid)) blobs.set(oid, { path, revision });
        };
        for (const changes of logs) {
          changes.reverse();
          const first = changes[0];
          this.assertComplete(first, from);
          if (first !== void 0) want(first.previousBlob, first.previousPath ?? first.path, first.commit.parents[0] ?? `${first.commit.hash}^`);
          for (const change of changes) {
            assertRegularFile(change.mode, change.path, change.commit.hash);
            assertRegularFile(change.previousMode, change.previousPath ?? change.path, change.commit.hash);
            want(change.blob, change.path, change.commit.hash);
          }
        }
        return blobs;
      }
      /** A file that "appears" at the commit where a shallow clone is cut off has older history we cannot see. */
      assertComplete(oldest, from) {
        if (oldest === void 0 || !this.shallowCommits.has(oldest.commit.hash) || oldest.status !== "A") return;
        const what = from === void 0 ? "the start of the history" : "the start of the range";
        throw new PolicydiffError("shallowHistory", `this clone is shallow and its history does not reach ${what} of ${quote(oldest.path)}: ${FIX_SHALLOW}`);
      }
      /** Several files' texts at one revision through one `ls-tree` and one `cat-file --batch`; absent files are left out. */
      async readFilesAt(revision, paths, options = {}) {
        const result = /* @__PURE__ */ new Map();
        if (paths.length === 0) return result;
        const output = await this.git.raw(["--literal-pathspecs", "ls-tree", "-z", "--full-tree", "--end-of-options", revision, "--", ...paths]);
        const blobs = /* @__PURE__ */ new Map();
        const oids = /* @__PURE__ */ new Map();
        for (const entry of output.split("\0")) {
          const tab = entry.indexOf("	");
          if (tab === -1) continue;
          const [mode = "", , oid = ""] = entry.slice(0, tab).split(" ");
          const path = entry.slice(tab + 1);
          if (!paths.includes(path)) continue;
          assertRegularFile(mode, path, revision);
          oids.set(path, oid);
          if (!blobs.has(oid)) blobs.set(oid, { path, revision });
        }
        const found = await this.readPolicyBlobs(blobs, options);
        const read = [...oids].map(([path, oid]) => ({ path, revision, blob: found.get(oid) ?? checkBlob(void 0, path, revision, options.maxBytes ?? DEFAULT_MAX_BYTES) }));
        reportFallbacks(read.map(({ path, blob }) => ({ path, revision, encoding: blob.encoding, bytes: () => blob.bytes })), options.onFallback);
        for (const { path, blob } of read) result.set(path, decodeAs(blob.bytes, blob.encoding));
        return result;
      }
      /** One file's text at one revision, or `undefined` if it does not exist there. */
      async readFileAt(revision, path, options = {}) {
        const oid = await this.blobAt(revision, path);
        if (oid === void 0) return void 0;
        const blob = (await this.readPolicyBlobs(/* @__PURE__ */ new Map([[oid, { path, revision }]]), options)).get(oid) ?? checkBlob(void 0, path, revision, options.maxBytes ?? DEFAULT_MAX_BYTES);
        reportFallbacks([{ path, revision, encoding: blob.encoding, bytes: () => blob.bytes }], options.onFallback);
        return decodeAs(blob.bytes, blob.encoding);
      }
    };
    MAX_PROCESSES = 5;
    GitRunner = class {
      constructor(cwd) {
        this.cwd = cwd;
      }
      cwd;
      running = 0;
      waiting = [];
      async raw(args) {
        const stdout = [];
        await this.stream(args, (chunk) => stdout.push(chunk));
        return Buffer.concat(stdout).toString("utf8");
      }
      /** Runs git, handing its output to `onOutput` as it comes. */
      async stream(args, onOutput) {
        if (this.running < MAX_PROCESSES) this.running += 1;
        else await new Promise((resume) => this.waiting.push(resume));
        try {
          await this.run(args, onOutput);
        } finally {
          const next = this.waiting.shift();
          if (next === void 0) this.running -= 1;
          else next();
        }
      }
      run(args, onOutput) {
        return new Promise((done, fail2) => {
          const child = spawn("git", args, { cwd: this.cwd, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
          const stderr = [];
          child.stdout.on("data", onOutput);
          child.stderr.on("data", (chunk) => stderr.push(chunk));
          child.on("error", fail2);
          child.on("close", (code) => {
            if (code !== 0 && code !== null && stderr.length > 0) fail2(new Error(Buffer.concat(stderr).toString("utf8")));
            else done();
          });
        });
      }
    };
    CatFile = class {
      child;
      asked = /* @__PURE__ */ new Set();
      closed;
      constructor(root, stdout) {
        this.child = spawn("git", ["cat-file", "--batch"], { cwd: root, stdio: ["pipe", stdout, "pipe"] });
        let stderr = "";
        this.child.stderr.on("data", (chunk) => stderr += chunk.toString());
        this.child.stdin.on("error", () => void 0);
        this.closed = new Promise((done, fail2) => {
          this.child.on("error", fail2);
          this.child.on("close", (code) => code === 0 ? done() : fail2(new Error(`git cat-file --batch exited with ${code}: ${stderr.trim()}`)));
        });
        this.closed.catch(() => void 0);
      }
      /** How many blobs it was asked for. */
      get count() {
        return this.asked.size;
      }
      /** Asks for the blobs not asked for yet (`undefined`: a version without one). */
      ask(oids) {
        let request = "";
        for (const oid of oids) {
          if (oid === void 0 || this.asked.has(oid)) continue;
          this.asked.add(oid);
          request += `${oid}
`;
        }
        if (request !== "") this.child.stdin.write(request);
      }
      /** Once git has written every blob asked for. */
      async finish() {
        this.child.stdin.end();
        await this.closed;
      }
      stop() {
        this.child.kill();
      }
    };
    BlobBatch = class {
      constructor(root, maxBytes) {
        this.maxBytes = maxBytes;
        this.catFile = new CatFile(root, "pipe");
        const parser = new BatchParser((object) => {
          const encoding = object.content === void 0 ? void 0 : textEncoding(object.content);
          const { type, size } = object;
          this.arrived.set(object.oid, encoding === void 0 ? { type, size } : { type, size, text: { bytes: object.content, encoding } });
        }, maxBytes);
        this.catFile.child.stdout.on("data", (chunk) => parser.push(chunk));
      }
      maxBytes;
      catFile;
      arrived = /* @__PURE__ */ new Map();
      ask(oids) {
        this.catFile.ask(oids);
      }
      /** Every blob asked for, once git has given them all. */
      async finish() {
        await this.catFile.finish();
        return this.arrived;
      }
    };
    BlobFile = class _BlobFile {
      static unused = new FinalizationRegistry((handle) => _BlobFile.release(handle));
      handle;
      catFile;
      constructor(root) {
        const dir = mkdtempSync(join3(tmpdir(), "policydiff-"));
        const path = join3(dir, "blobs");
        this.handle = { fd: openSync3(path, "w+", 384), open: true };
        this.catFile = new CatFile(root, this.handle.fd);
        try {
          unlinkSync2(path);
          rmdirSync(dir);
        } catch {
          this.handle.leftover = { dir, path };
          const handle = this.handle;
          process.once("exit", () => _BlobFile.release(handle));
        }
      }
      /**
       * Closes the file once nothing reads from it any more: every version's text is read through the BlobFile, so it
       * is unreachable only when all of them are (a CLI run ends first, which closes it too).
       */
      static closeWhenUnused(file) {
        _BlobFile.unused.register(file, file.handle, file.handle);
      }
      static release(handle) {
        if (!handle.open) return;
        handle.open = false;
        closeSync3(handle.fd);
        if (handle.leftover === void 0) return;
        unlinkSync2(handle.leftover.path);
        rmdirSync(handle.leftover.dir);
      }
      ask(oids) {
        this.catFile.ask(oids);
      }
      /**
       * Every blob asked for, once git has written them all: where each stands, and the encoding of each that is text
       * (read once here, one blob at a time; one over `maxBytes` is not read).
       */
      async finish(maxBytes) {
        await this.catFile.finish();
        const blobs = /* @__PURE__ */ new Map();
        const header = Buffer.alloc(256);
        let content = Buffer.alloc(0);
        for (let at2 = 0, count = 0; count < this.catFile.count; count += 1) {
          const read = readSync2(this.handle.fd, header, 0, header.length, at2);
          const newline = header.subarray(0, read).indexOf(10);
          if (newline === -1) throw new Error(`git cat-file --batch wrote no object header at byte ${at2}`);
          const { oid, type, size } = parseBatchHeader(header.toString("utf8", 0, newline));
          const offset = at2 + newline + 1;
          at2 = type === "missing" ? offset : offset + size + 1;
          const blob = { type, size };
          blobs.set(oid, blob);
          if (type === "missing" || size > maxBytes) continue;
          if (content.length < size) content = Buffer.alloc(size);
          const encoding = textEncoding(this.readInto(content, { offset, size }));
          if (encoding !== void 0) blob.text = { offset, size, encoding };
        }
        return blobs;
      }
      /** The bytes of a text that `finish` found. */
      read(text) {
        return this.readInto(Buffer.allocUnsafe(text.size), text);
      }
      readInto(buffer, { offset, size }) {
        const view = buffer.subarray(0, size);
        for (let done = 0; done < size; ) done += readSync2(this.handle.fd, view, done, size - done, offset + done);
        return view;
      }
      /** Stops git and closes the file now (a history that could not be read). */
      close() {
        this.catFile.stop();
        _BlobFile.unused.unregister(this.handle);
        _BlobFile.release(this.handle);
      }
    };
  }
});

// src/cli/commands/shared.ts
function parseMaxSize(value) {
  if (value === void 0) return DEFAULT_MAX_BYTES;
  const megabytes2 = Number(value);
  if (!Number.isFinite(megabytes2) || megabytes2 <= 0) {
    throw usageError(`--max-size takes a number of megabytes, not ${JSON.stringify(value)}: e.g. --max-size 50`);
  }
  return Math.floor(megabytes2 * 1024 * 1024);
}
var maxSizeOption;
var init_shared = __esm({
  "src/cli/commands/shared.ts"() {
    "use strict";
    init_esm();
    init_errors();
    init_input();
    maxSizeOption = () => new Option("--max-size <megabytes>", `largest policy file to read, in MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`);
  }
});

// src/cli/repository.ts
import { existsSync as existsSync5, realpathSync as realpathSync3 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute3, join as join4, relative as relative3, resolve as resolve4 } from "node:path";
function addRepositoryOptions(command) {
  return command.addOption(languageOption()).addOption(new Option("--input <kind>", "read the files as this kind instead of guessing from their names").choices(["markdown", "text"])).addOption(maxSizeOption());
}
async function openRepository(options) {
  const maxBytes = parseMaxSize(options.maxSize);
  const base = resolve4(options.cwd ?? process.cwd());
  const repo = await GitRepository.open(base);
  const { config, source } = loadConfig(repo.root);
  const context = { repo, config, base, maxBytes };
  if (source !== void 0) context.configSource = source;
  return context;
}
async function discoverableFiles(context, range) {
  const tracked = await context.repo.trackedFiles();
  if (range === void 0) return tracked;
  const deleted = await context.repo.deletedFiles(range.to, range.from);
  if (range.workingTree === true) deleted.push(...(await context.repo.stagedChanges(range.from ?? range.to)).deleted);
  return deleted.length === 0 ? tracked : [.../* @__PURE__ */ new Set([...tracked, ...deleted])].sort();
}
async function selectFiles(context, given, range) {
  if (given.length === 0) return discoverPolicyFiles(await discoverableFiles(context, range), context.config, context.configSource).map(nameable);
  const tracked = await context.repo.trackedFiles();
  const index = new Set(tracked);
  const files = [];
  for (const path of given) {
    const file = nameable(context.repo.repoPath(path, context.base));
    if (!index.has(file) && !await context.repo.everTracked(file)) {
      throw new PolicydiffError("untrackedFile", `${quote(path)} has never been committed to this repository: check the path, or git add and commit it first`);
    }
    if (!files.includes(file)) files.push(file);
  }
  return files;
}
function nameable(file) {
  if (file.includes("\uFFFD")) {
    throw inputError(
      `the file name ${JSON.stringify(file)} is not UTF-8 (git keeps the bytes of another encoding), so policydiff cannot name it to git: rename it to a UTF-8 name (git mv), or name the policy files after --`
    );
  }
  if (/[\u0000-\u001f\u007f]/.test(file)) {
    throw inputError(
      `the file name ${JSON.stringify(file)} holds a line break or control character, which policydiff cannot show in its output: rename it (git mv), or name the policy files after --`
    );
  }
  return file;
}
function languageFor(context, options, file) {
  return options.lang ?? configuredLanguage(context.config, file);
}
function writeConfinement(context, path, fix) {
  const root = realpathSync3(context.repo.root);
  const absolute = resolve4(path);
  if (!isWithin2(context.repo.root, absolute) && !isWithin2(root, absolute)) return void 0;
  return { folder: root, name: "the repository", ...fix === void 0 ? {} : { fix } };
}
async function policyFiles(context, read) {
  let found = [];
  try {
    found = discoverPolicyFiles(await context.repo.trackedFiles(), context.config, context.configSource);
  } catch {
  }
  const files = /* @__PURE__ */ new Map();
  for (const file of /* @__PURE__ */ new Set([...read, ...found])) {
    const path = join4(context.repo.root, file);
    if (existsSync5(path)) files.set(realpathSync3(path), file);
  }
  return files;
}
function refusePolicyTarget(path, label, policies, fix, write = {}) {
  const target = writeTarget(path, write);
  const policy = policies.get(target);
  if (policy === void 0) return;
  const link = resolve4(path) === target ? "" : ` (a link to ${quote(policy)})`;
  throw usageError(`${label} is a policy file${link}: ${fix}`);
}
async function reportTarget(context, given, read) {
  const path = resolve4(context.base, given);
  const confine = writeConfinement(context, path);
  const write = { shown: given, ...confine === void 0 ? {} : { confine } };
  refusePolicyTarget(path, `--html ${quote(given)}`, await policyFiles(context, read), "write the report to another file, e.g. --html report.html", write);
  return { path, write };
}
function refuseLinkOutOfRepository(context, path, shown, fix = "give the policy file itself") {
  const root = realpathSync3(context.repo.root);
  const absolute = resolve4(path);
  if (!isWithin2(context.repo.root, absolute) && !isWithin2(root, absolute)) return;
  let existing = absolute;
  while (!existsSync5(existing) && dirname2(existing) !== existing) existing = dirname2(existing);
  if (!isWithin2(root, realpathSync3(existing))) {
    throw inputError(`${quote(shown)} is a symbolic link out of the repository: ${fix}`);
  }
}
var dateOption, gitReadOptions, isWithin2;
var init_repository = __esm({
  "src/cli/repository.ts"() {
    "use strict";
    init_esm();
    init_config();
    init_discover();
    init_errors();
    init_write();
    init_git();
    init_shared();
    init_output();
    init_warnings();
    dateOption = () => new Option("--date <kind>", "date changes by the author or the committer date (a Policy-Date: trailer wins)").choices(["author", "committer"]).default("author");
    gitReadOptions = (context) => ({ maxBytes: context.maxBytes, onFallback: warn });
    isWithin2 = (root, path) => {
      const inside = relative3(root, path);
      return !inside.startsWith("..") && !isAbsolute3(inside);
    };
  }
});

// src/cli/interrupt.ts
import { constants } from "node:os";
function exitForSignal(signal) {
  process.exit(128 + constants.signals[signal]);
}
function uninterrupted(write) {
  for (const signal of SIGNALS) process.on(signal, exitForSignal);
  try {
    return write();
  } finally {
    setImmediate(() => setImmediate(() => SIGNALS.forEach((signal) => process.off(signal, exitForSignal))));
  }
}
function writeFileUninterrupted(path, data, options = {}) {
  uninterrupted(() => writeFileAtomic(path, data, options));
}
function updateFileUninterrupted(path, update, options = {}) {
  return uninterrupted(() => updateFileAtomic(path, update, options));
}
var SIGNALS;
var init_interrupt = __esm({
  "src/cli/interrupt.ts"() {
    "use strict";
    init_write();
    SIGNALS = ["SIGINT", "SIGTERM"];
  }
});

// src/history/blob-lines.ts
function textStartsOf(lines) {
  const starts = new Float64Array(lines.length);
  for (let index = 1; index < lines.length; index += 1) starts[index] = starts[index - 1] + lines[index - 1].length + 1;
  return starts;
}
function decodeSpan(bytes, encoding) {
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : utf8Span2.decode(bytes);
}
function bodyOf({ bytes, encoding }) {
  if (encoding !== "utf-8" && encoding !== "windows-1252") return void 0;
  const marked = (at2) => encoding === "utf-8" && bytes[at2] === 239 && bytes[at2 + 1] === 187 && bytes[at2 + 2] === 191;
  if (marked(0) && marked(3)) return void 0;
  const skip = marked(0) ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
}
function lineStarts(bytes, from, to) {
  const starts = [from];
  for (let at2 = bytes.indexOf(NEWLINE, from); at2 !== -1 && at2 < to; at2 = bytes.indexOf(NEWLINE, at2 + 1)) starts.push(at2 + 1);
  return starts;
}
function commonPrefix(a2, b) {
  return commonRun(a2, 0, a2.length, b, 0, b.length);
}
function commonSuffix(a2, b, limit) {
  let length = 0;
  while (length + CHUNK2 <= limit && b.compare(a2, a2.length - length - CHUNK2, a2.length - length, b.length - length - CHUNK2, b.length - length) === 0) length += CHUNK2;
  for (let half = CHUNK2 >> 1; half >= 16; half >>= 1) {
    if (length + half <= limit && b.compare(a2, a2.length - length - half, a2.length - length, b.length - length - half, b.length - length) === 0) length += half;
  }
  while (length < limit && a2[a2.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}
function readWhole(body, encoding) {
  if (body.includes(CARRIAGE_RETURN)) return void 0;
  const text = decodeSpan(body, encoding);
  const lines = text.split("\n");
  return { body, encoding, text, lines, starts: Float64Array.from(lineStarts(body, 0, body.length)), textStarts: textStartsOf(lines) };
}
function readChanged(previous, body, encoding) {
  const old = previous.body;
  const prefix = commonPrefix(old, body);
  const suffix = commonSuffix(old, body, Math.min(old.length, body.length) - prefix);
  const carriageReturn = body.indexOf(CARRIAGE_RETURN, prefix);
  if (carriageReturn !== -1 && carriageReturn < body.length - suffix) return void 0;
  const from = prefix === 0 ? 0 : body.lastIndexOf(NEWLINE, prefix - 1) + 1;
  const kept = lowerBound(previous.starts.length, (at2) => previous.starts[at2], from);
  const newline = body.indexOf(NEWLINE, body.length - suffix);
  const shift = body.length - old.length;
  const tail = newline === -1 ? previous.lines.length : lowerBound(previous.starts.length, (at2) => previous.starts[at2], newline + 1 - shift);
  const span = {
    old,
    oldText: previous.text,
    oldLines: previous.lines,
    oldStarts: previous.starts,
    oldTextStarts: previous.textStarts,
    // Where the span's last line ends in each version: at the newline the suffix starts after, or at the end.
    oldEnd: newline === -1 ? old.length : newline - shift,
    body,
    end: newline === -1 ? body.length : newline,
    encoding,
    lines: [],
    starts: [],
    pieces: []
  };
  readSpan(span, kept, tail, from);
  const count = previous.lines.length;
  const lines = previous.lines.slice(0, kept).concat(span.lines, previous.lines.slice(tail));
  const starts = new Float64Array(kept + span.starts.length + count - tail);
  starts.set(previous.starts.subarray(0, kept));
  starts.set(span.starts, kept);
  for (let line = tail, at2 = kept + span.starts.length; line < count; line += 1, at2 += 1) starts[at2] = previous.starts[line] + shift;
  const pieces = span.pieces;
  if (kept > 0) pieces.unshift(previous.text.slice(0, previous.textStarts[kept] - 1));
  if (tail < count) pieces.push(previous.text.slice(previous.textStarts[tail]));
  return { body, encoding, text: pieces.join("\n"), lines, starts, textStarts: textStartsOf(lines) };
}
function readSpan(span, line, tail, at2) {
  const { old, oldStarts, oldLines, body, end, lines, starts, pieces } = span;
  const oldLineEnd = (index) => index + 1 < tail ? oldStarts[index + 1] - 1 : span.oldEnd;
  let run = -1;
  const endRun = (next) => {
    if (run === -1) return;
    pieces.push(span.oldText.slice(span.oldTextStarts[run], span.oldTextStarts[next - 1] + oldLines[next - 1].length));
    run = -1;
  };
  const keep = (index) => {
    lines.push(oldLines[index]);
    if (run === -1) run = index;
  };
  let singles = 0;
  while (line < tail && at2 <= end && singles < SINGLE_LINES) {
    const runStart = oldStarts[line];
    const runEnd = runStart + commonRun(old, runStart, span.oldEnd, body, at2, end);
    const offset = at2 - runStart;
    for (; line + 1 < tail && oldStarts[line + 1] <= runEnd; line += 1) {
      keep(line);
      starts.push(oldStarts[line] + offset);
    }
    at2 = oldStarts[line] + offset;
    const newline = body.indexOf(NEWLINE, at2);
    const lineEnd2 = newline === -1 || newline > end ? end : newline;
    const oldStart = oldStarts[line];
    const same = lineEnd2 - at2 === oldLineEnd(line) - oldStart && commonRun(old, oldStart, oldLineEnd(line), body, at2, lineEnd2) === lineEnd2 - at2;
    if (same) keep(line);
    else {
      singles += 1;
      endRun(line);
      const decoded = decodeSpan(body.subarray(at2, lineEnd2), span.encoding);
      lines.push(decoded);
      pieces.push(decoded);
    }
    starts.push(at2);
    line += 1;
    at2 = lineEnd2 + 1;
  }
  endRun(line);
  if (at2 > end) return;
  const rest = decodeSpan(body.subarray(at2, end), span.encoding);
  pieces.push(rest);
  for (const decoded of rest.split("\n")) lines.push(decoded);
  for (const start of lineStarts(body, at2, end)) starts.push(start);
}
function commonRun(a2, aFrom, aTo, b, bFrom, bTo) {
  const limit = Math.min(aTo - aFrom, bTo - bFrom);
  let length = 0;
  while (length + CHUNK2 <= limit && b.compare(a2, aFrom + length, aFrom + length + CHUNK2, bFrom + length, bFrom + length + CHUNK2) === 0) length += CHUNK2;
  for (let half = CHUNK2 >> 1; half >= 16; half >>= 1) {
    if (length + half <= limit && b.compare(a2, aFrom + length, aFrom + length + half, bFrom + length, bFrom + length + half) === 0) length += half;
  }
  while (length < limit && a2[aFrom + length] === b[bFrom + length]) length += 1;
  return length;
}
var NEWLINE, CARRIAGE_RETURN, CHUNK2, utf8Span2, BlobLines, SINGLE_LINES;
var init_blob_lines = __esm({
  "src/history/blob-lines.ts"() {
    "use strict";
    init_decode();
    init_sorted();
    NEWLINE = 10;
    CARRIAGE_RETURN = 13;
    CHUNK2 = 4096;
    utf8Span2 = new TextDecoder("utf-8", { ignoreBOM: true });
    BlobLines = class {
      previous;
      /** The text of `blob` (line endings normalised) and its lines, or undefined where only decoding it whole gives them exactly. */
      read(blob) {
        const body = bodyOf(blob);
        if (body === void 0) {
          this.previous = void 0;
          return void 0;
        }
        const previous = this.previous;
        const read = previous === void 0 || previous.encoding !== blob.encoding ? readWhole(body, blob.encoding) : readChanged(previous, body, blob.encoding);
        this.previous = read;
        return read === void 0 ? void 0 : { text: read.text, lines: read.lines };
      }
      /** The lines of `blob` (see `read`). */
      linesOf(blob) {
        return this.read(blob)?.lines;
      }
    };
    SINGLE_LINES = 8;
  }
});

// src/history/history.ts
function policyDate(commit) {
  return commit.trailers.findLast((entry) => entry.key.toLowerCase() === "policy-date" && POLICY_DATE.test(entry.value))?.value;
}
function changeDate(commit, kind = "author") {
  return policyDate(commit) ?? (kind === "committer" ? commit.committerDate : commit.authorDate).slice(0, 10);
}
function groupVersions(versions2, options = {}) {
  const groups = [];
  let lastDate;
  for (const version2 of versions2) {
    const date = changeDate(version2.commit, options.date);
    const current = groups.at(-1);
    if (current !== void 0 && !options.perCommit && date === lastDate) current.push(version2);
    else groups.push([version2]);
    lastDate = date;
  }
  return groups;
}
function* historyChanges(history, options = {}) {
  const groups = groupVersions(history.versions, options);
  const cache2 = new DocumentCache(options.headings);
  const languages2 = /* @__PURE__ */ new WeakMap();
  const diffOptions = { languages: languages2 };
  if (options.language !== void 0) diffOptions.language = options.language;
  if (options.noise !== void 0) diffOptions.noise = options.noise;
  if (options.truncation !== void 0) diffOptions.truncation = options.truncation;
  const replay = { groups, cache: cache2, options, diffOptions };
  const restoredOn = /* @__PURE__ */ new Map();
  const undoneOn = /* @__PURE__ */ new Map();
  let newerLanguage;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index];
    const first = group[0];
    const last = group.at(-1);
    const date = changeDate(last.commit, options.date);
    const previous = index > 0 ? groups[index - 1].at(-1) : void 0;
    const before = previous ?? history.before ?? { path: first.previousPath ?? first.path, blob: void 0, text: "" };
    const oldDocument = cache2.get(before, options.format);
    const newDocument = cache2.get(last, options.format);
    let diff = diffDocuments(oldDocument, newDocument, diffOptions);
    const earlier = earlierVersion(replay, index, diff, newDocument);
    if (earlier !== void 0) {
      diff = earlier.diff;
      if (earlier.cutAt !== void 0) restoredOn.set(earlier.cutAt, date);
      for (let undone2 = earlier.undoneFrom ?? index; undone2 < index; undone2 += 1) undoneOn.set(undone2, date);
    }
    const restored = restoredOn.get(index);
    if (restored !== void 0 && diff.truncation !== void 0) diff.truncation.restored = restored;
    const undone = undoneOn.get(index);
    if (undone !== void 0 && diff.restoration === void 0 && diff.sameAs === void 0 && diff.truncation === void 0) diff.undone = undone;
    if (diff.language === "und" && newerLanguage !== void 0) diff.language = newerLanguage;
    else if (diff.language !== "und") newerLanguage = diff.language;
    const change = {
      file: last.path,
      date,
      commits: group.map((version2) => {
        const commit = {
          hash: version2.commit.hash,
          author: version2.commit.author,
          date: changeDate(version2.commit, options.date),
          subject: version2.commit.subject
        };
        if (version2.commit.trailers.length > 0) commit.trailers = trailerRecord(version2.commit.trailers);
        return commit;
      }),
      formattingOnly: isFormattingOnly(diff),
      diff
    };
    if (before.path !== last.path && before.text !== "") change.previousFile = before.path;
    yield change;
  }
}
function earlierVersion(replay, index, diff, newDocument) {
  const restoration = restoredText(replay, index, diff, newDocument);
  if (restoration !== void 0 || diff.truncation !== void 0 || isFormattingOnly(diff)) return restoration;
  const same = sameTextBefore(replay.groups, index);
  if (same === void 0) return void 0;
  const version2 = replay.groups[same].at(-1);
  const sameDiff = diffDocuments(replay.cache.get(version2, replay.options.format), newDocument, replay.diffOptions);
  sameDiff.sameAs = changeDate(version2.commit, replay.options.date);
  return { diff: sameDiff, undoneFrom: same + 1 };
}
function restoredText({ groups, cache: cache2, options, diffOptions }, index, diff, newDocument) {
  const { oldChars: truncatedChars, newChars: chars } = comparedSizes(diff);
  if (truncatedChars === 0 || !lostMost(chars, truncatedChars, options.truncation)) return void 0;
  for (let whole = index - 2; whole >= Math.max(0, index - 1 - RESTORATION_LOOK_BACK); whole -= 1) {
    const version2 = groups[whole].at(-1);
    const candidate = diffDocuments(cache2.get(version2, options.format), newDocument, diffOptions);
    const wholeChars = comparedSizes(candidate).oldChars;
    if (lostMost(chars, wholeChars, options.truncation) || lostMost(wholeChars, chars, options.truncation)) continue;
    candidate.restoration = { since: changeDate(version2.commit, options.date), truncatedChars, chars };
    return { diff: candidate, cutAt: whole + 1 };
  }
  return void 0;
}
function sameTextBefore(groups, index) {
  const blob = groups[index].at(-1).blob;
  if (blob === void 0) return void 0;
  for (let earlier = index - 2; earlier >= Math.max(0, index - 1 - RESTORATION_LOOK_BACK); earlier -= 1) {
    if (groups[earlier].at(-1).blob === blob) return earlier;
  }
  return void 0;
}
function* mergeChanges(changes) {
  const sources = changes.map((source) => source[Symbol.iterator]());
  const heads = sources.map((source) => source.next());
  for (; ; ) {
    let pick = -1;
    heads.forEach((head2, index) => {
      if (head2.done === true) return;
      const best = pick === -1 ? void 0 : heads[pick];
      if (best === void 0 || best.done === true || head2.value.date > best.value.date) pick = index;
    });
    if (pick === -1) return;
    const head = heads[pick];
    if (head.done !== true) yield head.value;
    heads[pick] = sources[pick].next();
  }
}
var POLICY_DATE, DocumentCache, isFormattingOnly, RESTORATION_LOOK_BACK;
var init_history = __esm({
  "src/history/history.ts"() {
    "use strict";
    init_blob_lines();
    init_diff();
    init_git_parse();
    init_parse();
    POLICY_DATE = /^\d{4}-\d{2}-\d{2}$/;
    DocumentCache = class {
      constructor(headings, limit = 3) {
        this.headings = headings;
        this.limit = limit;
      }
      headings;
      limit;
      entries = /* @__PURE__ */ new Map();
      parser = new PolicyParser();
      lines = new BlobLines();
      /** `version.text` is read only when the document is not cached: a history's texts are decoded when read. */
      get(version2, format) {
        const fileName = version2.path;
        const options = { fileName, ...format === void 0 ? {} : { format }, ...this.headings === void 0 ? {} : { headings: this.headings } };
        if (version2.blob === void 0) return this.parser.parse(version2.text, options);
        const cacheKey = `${version2.blob}\0${format ?? fileName.slice(fileName.lastIndexOf("."))}`;
        let document = this.entries.get(cacheKey);
        if (document !== void 0) this.entries.delete(cacheKey);
        else document = this.parse(version2, options);
        this.entries.set(cacheKey, document);
        if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value);
        return document;
      }
      /** A format known by the file's name or the options is read from the lines that changed, when its bytes allow. */
      parse(version2, options) {
        const format = options.format ?? formatOfName(options.fileName);
        if (format === void 0 || version2.bytes === void 0) return this.parser.parse(version2.text, options);
        const read = this.lines.read(version2.bytes);
        return read === void 0 ? this.parser.parse(version2.text, options) : this.parser.parseLines(read, format, options);
      }
    };
    isFormattingOnly = (diff) => diff.restoration === void 0 && diff.sameAs === void 0 && diff.title === void 0 && diff.policyChangelog.length === 0 && diff.sections.every((section) => section.status === "unchanged" && !section.modified);
    RESTORATION_LOOK_BACK = 10;
  }
});

// src/history/index.ts
var init_history2 = __esm({
  "src/history/index.ts"() {
    "use strict";
    init_git();
    init_history();
    init_discover();
  }
});

// src/cli/revisions.ts
async function startCommit(repo, spec, to, kind = "author") {
  const commit = await repo.resolveStart(spec, to, kind);
  if (commit === void 0) {
    throw new PolicydiffError("unknownRevision", `no commit before ${spec}: the history starts on or after that day, so give a later date (policydiff log shows the whole history)`);
  }
  return commit;
}
async function refuseReversed(repo, range, given) {
  const reversedDays = isDaySpec(given.from) && isDaySpec(given.to) && given.to < given.from;
  if (!reversedDays && (range.from === void 0 || range.from === range.to || !await repo.isAncestor(range.to, range.from))) return;
  throw usageError(`the range is reversed: --to ${quote(given.to)} comes before ${quote(given.from)}, where it starts: give the earlier one first`);
}
var init_revisions = __esm({
  "src/cli/revisions.ts"() {
    "use strict";
    init_errors();
    init_history2();
  }
});

// src/render/changes.ts
function overrideLead(entry, format) {
  if (entry.levelSetByCommit === void 0) return [];
  const classified2 = entry.diff.significance?.level ?? "none";
  return [format === "md" ? overrideMarkdown(entry.levelSetByCommit, classified2) : overrideText(entry.levelSetByCommit, classified2), ""];
}
function diffFields(diff) {
  const { schemaVersion: _schemaVersion, ...fields } = diffToJson(diff);
  return fields;
}
function changeToJson(change) {
  const { diff, ...entry } = change;
  return { ...entry, ...diffFields({ ...diff, sections: diff.sections.filter(isReported) }) };
}
function revisionDiffToJson(entry) {
  const { diff, ...rest } = entry;
  return { ...rest, ...diffFields(diff) };
}
function changeJson(change, entry) {
  return entry === void 0 ? changeToJson(change) : { entry, ...changeToJson(change) };
}
function renderChange(change, format, options, entry) {
  const date = formatDate(change.date, parseDateFormat(options.dateFormat ?? "YYYY-MM-DD"));
  const renamed = change.previousFile !== void 0 ? ` (renamed from ${change.previousFile})` : "";
  if (format === "json") return JSON.stringify(changeJson(change, entry), null, 2);
  const lead = entryLead(entry, format);
  if (format === "md") {
    const commits2 = change.commits.map((c2) => `- \`${shortHash2(c2.hash)}\` ${escapeMarkdown(c2.subject)} (${escapeMarkdown(c2.author)})`);
    const title2 = `## ${escapeMarkdown(date)} \u2014 ${escapeMarkdown(change.file)}${escapeMarkdown(renamed)}`;
    return [...lead, title2, "", ...commits2, "", renderers.md.diff(change.diff, { color: false })].join("\n");
  }
  const commits = change.commits.map((c2) => `  ${shortHash2(c2.hash)} ${c2.subject} (${c2.author})`);
  const title = `${date}  ${change.file}${renamed}`;
  const bold = options.color ? `\x1B[1m${title}\x1B[0m` : title;
  return [...lead, bold, ...commits, renderers.text.diff(change.diff, { color: options.color })].join("\n");
}
function renderRevisionDiff(entry, range, format, options, line) {
  if (format === "json") return JSON.stringify(line === void 0 ? revisionDiffToJson(entry) : { entry: line, ...revisionDiffToJson(entry) }, null, 2);
  const renamed = entry.previousFile !== void 0 ? ` (was ${entry.previousFile})` : "";
  const lead = [...entryLead(line, format), ...overrideLead(entry, format)];
  return [...lead, renderers[format].diff(entry.diff, { color: options.color, title: `${entry.file}${renamed}: ${range}` })].join("\n");
}
function renderList(entries, format, frame) {
  const chunks = [];
  const writer = new ListWriter(format, frame, (chunk) => chunks.push(chunk));
  for (const entry of entries) writer.add(entry);
  writer.end();
  return chunks.join("");
}
var revisionLevel, shortHash2, entryLead, FRAME_HEAD, FRAME_TAIL, ListWriter;
var init_changes = __esm({
  "src/render/changes.ts"() {
    "use strict";
    init_dates();
    init_json();
    init_notice2();
    init_summary();
    init_render();
    revisionLevel = (entry) => entry.levelSetByCommit ?? entry.diff.significance?.level ?? "none";
    shortHash2 = (hash2) => hash2.slice(0, 7);
    entryLead = (entry, format) => entry === void 0 || entry === null ? [] : [format === "md" ? escapeMarkdown(entry) : entry, ""];
    FRAME_HEAD = '{\n  "": [\n    ';
    FRAME_TAIL = "\n  ]\n}";
    ListWriter = class {
      constructor(format, frame, write) {
        this.format = format;
        this.frame = frame;
        this.write = write;
      }
      format;
      frame;
      write;
      count = 0;
      /** The JSON document up to its list, which follows the key's colon. */
      head() {
        return `${JSON.stringify({ schemaVersion: 1, ...this.frame.extra }, null, 2).slice(0, -2)},
  ${JSON.stringify(this.frame.key)}: `;
      }
      /** An entry rendered on its own (JSON: indented as a document of its own, which is indented here to its place). */
      add(entry) {
        if (this.format === "json") this.addJson(entry.replaceAll("\n", "\n    "));
        else this.write(`${this.count++ === 0 ? "" : "\n\n"}${entry.trimEnd()}`);
      }
      /** A JSON entry as a value, written indented to its place in the list without indenting it again. */
      addValue(value) {
        const framed = JSON.stringify({ "": [value] }, null, 2);
        this.addJson(framed.slice(FRAME_HEAD.length, -FRAME_TAIL.length));
      }
      addJson(indented) {
        this.write(`${this.count++ === 0 ? `${this.head()}[
` : ",\n"}    ${indented}`);
      }
      end() {
        if (this.format === "json") this.write(this.count === 0 ? `${this.head()}[]
}
` : "\n  ]\n}\n");
        else this.write(this.count === 0 ? `${this.frame.emptyText}
` : "\n");
      }
    };
  }
});

// src/significance/facts.ts
function segmentEnds(text, lexicon) {
  const breaks = [...lexicon.clauseBreaks.matches(text), ...lexicon.subordinators.matches(text)].map((match) => match.index);
  for (const match of lexicon.subordinators.matches(text)) {
    const comma = text.indexOf(",", match.end);
    if (comma !== -1) breaks.push(comma);
  }
  return [...breaks.sort((a2, b) => a2 - b), text.length];
}
function periods(text, lexicon) {
  const found = [];
  const { re, unit: anyUnit, days, numbers } = lexicon.period;
  const lower = foldCase(text);
  for (const match of anyUnit.test(lower) ? lower.matchAll(re) : []) {
    const unit = match.slice(3).findIndex((value) => value !== void 0);
    const count = (value) => value === void 0 ? void 0 : numbers.get(value.toLowerCase()) ?? Number(value.replace(",", "."));
    const amount = Math.max(count(match[1]) ?? 0, count(match[2]) ?? 0);
    if (unit >= 0 && Number.isFinite(amount)) found.push({ text: text.slice(match.index, match.index + match[0].length), days: amount * days[unit] });
  }
  for (const match of lexicon.periodShort.matches(text)) found.push({ text: match.text, days: 1 });
  for (const match of lexicon.periodIndefinite.matches(text)) found.push({ text: match.text, days: Number.POSITIVE_INFINITY });
  return found;
}
function organisations(text, legalForms) {
  if (organisationPattern?.forms !== legalForms) {
    const forms = [...legalForms].sort((a2, b) => b.length - a2.length).map((form) => form.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    organisationPattern = {
      forms: legalForms,
      re: new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}&'.-]*[\\s\\u00a0]+){1,4})(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "gu")
    };
  }
  if (!legalForms.some((form) => text.includes(form))) return [];
  return [...text.matchAll(organisationPattern.re)].map((match) => match[0].replace(/\s+/g, " ").trim());
}
function legalBasisArticles(text) {
  return [...text.matchAll(ARTICLE_6)].map((match) => ({
    category: "legal-basis",
    term: `Art. 6(1)(${match[1].toLowerCase()})`,
    text: match[0].trim(),
    negated: false,
    key: `legal-basis:art6-1-${match[1].toLowerCase()}`,
    index: match.index
  }));
}
function hits2(text, lexicon, negations) {
  const ends = segmentEnds(text, lexicon);
  const segmentOf = (index) => ends.findIndex((end) => index < end);
  const negatedSegments = new Set(negations.map((match) => segmentOf(match.index)));
  const found = [];
  const add = (category, match, verb) => {
    const hit = { category, term: match.term, text: match.text, negated: negatedSegments.has(segmentOf(match.index)), key: `${category}:${match.term}`, index: match.index };
    if (verb) hit.verb = true;
    if (lexicon.userTerms?.has(match.term) === true) hit.explicit = true;
    found.push(hit);
  };
  for (const { category, terms, context } of lexicon.categories) {
    if (context !== void 0 && !context.test(text)) continue;
    for (const match of terms.matches(text)) add(category, match, false);
  }
  for (const match of lexicon.sharingVerbs.matches(text)) add("recipients", match, true);
  for (const hit of legalBasisArticles(text)) found.push({ ...hit, negated: negatedSegments.has(segmentOf(hit.index)) });
  return found;
}
function visibleText(text) {
  if (!MAYBE_HIDDEN.test(text)) return text;
  let out = text;
  for (const pattern of HIDDEN) out = out.replace(pattern, (found) => " ".repeat(found.length));
  return out;
}
function isStatement(raw, visible) {
  const words2 = visible.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words2.length === 0) return false;
  const trimmed = visible.replace(/[\s|*_]+$/u, "");
  if (/\?["”»)]*$/u.test(trimmed) && words2.length <= 25) return false;
  if (INTERROGATIVE.test(visible) && words2.length <= 12 && !/[.!]["”»)]*$/u.test(trimmed)) return false;
  return !isLinkLine(raw);
}
function isLinkLine(raw) {
  if (!LINK_AT_START.test(raw) || !LINK_AT_END.test(raw)) return false;
  const linkText = [...raw.matchAll(/\[([^\]]*)\]\(/gu)].map((match) => match[1]).join(" ");
  const outside = raw.replace(/!?\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  return linkText !== "" && outside.length === 0;
}
function names(visible) {
  return [...visible.matchAll(NAME)].map((match) => match[0].replace(/[.’']+$/u, "").trim()).filter((name) => name.length > 1);
}
function dateMonths(text, lexicon) {
  return lexicon.months.matches(text).filter((match) => /\d[\s\u00a0.,]*$/.test(text.slice(0, match.index)) || /^[\s\u00a0.,]*\d/.test(text.slice(match.end)));
}
function sentenceFacts(raw, lexicon, legalForms) {
  const text = visibleText(foldApostrophes(raw));
  const emails = text.includes("@") ? text.match(EMAIL) ?? [] : [];
  const contacts = [...emails, ...(text.match(PHONE) ?? []).filter((phone) => phone.replace(/\D/g, "").length >= 7)];
  const withoutContacts = (emails.length > 0 ? text.replace(EMAIL, " ") : text).replace(PHONE, " ");
  const numbers = withoutContacts.match(NUMBER) ?? [];
  if (!isStatement(raw, text)) {
    return { text, statement: false, names: [], hits: [], negations: [], limiters: [], processing: false, aboutAge: false, weakModals: [], anonymous: false, restrictors: [], periods: [], numbers, contacts: contacts.map((contact) => contact.trim()), organisations: [] };
  }
  const negations = lexicon.negations.matches(text);
  return {
    text,
    statement: true,
    names: names(text),
    hits: hits2(text, lexicon, negations),
    negations,
    limiters: lexicon.limiters.matches(text),
    processing: lexicon.processingVerbs.test(text),
    aboutAge: lexicon.ageContext.test(text),
    weakModals: lexicon.weakModals.matches(blank(blank(text, dateMonths(text, lexicon)), lexicon.permissions.matches(text))),
    anonymous: lexicon.anonymous.test(text),
    restrictors: lexicon.restrictors.matches(text),
    periods: periods(text, lexicon),
    numbers,
    contacts: contacts.map((contact) => contact.trim()),
    organisations: organisations(text, legalForms)
  };
}
function foldGlyphs(text) {
  return text.replace(/[*_]+/g, "").replace(/[“”„‟«»″]/g, '"').replace(/[’‘‚‛`´′]/g, "'").replace(/[‐‑‒–—―]/g, "-").replace(/…/g, "...");
}
function numberKey(text, lexicon) {
  const months = lexicon.months.matches(text);
  return blank(text, months).replace(/\s+/g, " ").replace(NUMBER, "#").trim().toLowerCase();
}
function levenshtein(a2, b) {
  let previous = Array.from({ length: b.length + 1 }, (_2, index) => index);
  for (let i2 = 1; i2 <= a2.length; i2 += 1) {
    const current = [i2];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a2[i2 - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function isTypoPair(a2, b) {
  if (a2 === b) return true;
  if (/\d/.test(a2) || /\d/.test(b)) return false;
  const x2 = a2.toLowerCase();
  const y2 = b.toLowerCase();
  if (x2 === y2) return true;
  if (x2[0] !== y2[0]) return false;
  const distance = levenshtein(x2, y2);
  return distance <= (Math.max(x2.length, y2.length) <= 5 ? 1 : 2);
}
var EMAIL, PHONE, NUMBER, organisationPattern, ARTICLE_6, HIDDEN, MAYBE_HIDDEN, INTERROGATIVE, LINK_AT_START, LINK_AT_END, NAME, blank, FactsCache;
var init_facts = __esm({
  "src/significance/facts.ts"() {
    "use strict";
    init_lexicon();
    EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
    PHONE = /(?<![\p{L}\p{N}])(?:\+|0)[\d\s\u00a0()-]{6,}\d/gu;
    NUMBER = /\d+(?:[.,:/-]\d+)*/gu;
    ARTICLE_6 = /\b(?:art(?:icle|ikel|iklan|\.)?|article)\s*6\s*(?:\(\s*1\s*\)|\.\s*1|,?\s*(?:paragraph|subsection|para\.?|stycket|punkt|kohta|abs\.?|alinéa|paragraphe)\s*1|\s+1)[\s,]*(?:\(\s*1\s*\)\s*)?(?:point|letter|lit\.?|led|kohta|punkt|point)?\.?\s*\(?([a-f])\)?(?![\p{L}\p{N}])/giu;
    HIDDEN = [
      /!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu,
      /\[\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu,
      /(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu,
      /<(?:https?:|mailto:)[^>\s]*>/gu,
      /\b(?:https?:\/\/|www\.)[^\s)\]>"']+/gu,
      /`[^`]*`/gu,
      /<\/?[a-z][^>]*>/giu,
      /\\?\[email(?:\s|&nbsp;)+protected\\?\]/giu
    ];
    MAYBE_HIDDEN = /[\](`<]|https?:|www\.|protected/u;
    INTERROGATIVE = /^(?:[\s*#>|\-–•·]*(?:\d+(?:\.\d+)*\\?\.?\s+)?)(?:how|what|who|whom|whose|why|when|where|which|can|do|does|is|are|will|hur|vad|vem|vilka|vilken|varför|när|var|kan|får|comment|quoi|que|qu'|qui|pourquoi|quand|où|quel|quelle|quels|quelles|est-ce|wie|was|wer|warum|wann|wo|welche|welcher|kuka|mikä|mitä|miksi|milloin|missä|miten|hvordan|hvad|hvem|hvorfor|hvornår|hva)\b/iu;
    LINK_AT_START = /^[^\p{L}\p{N}[]*\[/u;
    LINK_AT_END = /\)[^\p{L}\p{N})]*$/u;
    NAME = new RegExp("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&'\u2019.-]*(?:[\\s\\u00a0]+(?:\\p{Lu}[\\p{L}\\p{N}&'\u2019.-]*|&))*(?![\\p{L}\\p{N}])", "gu");
    blank = (text, matches) => matches.reduce((out, match) => out.slice(0, match.index) + " ".repeat(match.end - match.index) + out.slice(match.end), text);
    FactsCache = class _FactsCache {
      constructor(lexicon, legalForms) {
        this.lexicon = lexicon;
        this.legalForms = legalForms;
      }
      lexicon;
      legalForms;
      static shared = /* @__PURE__ */ new WeakMap();
      static MAX_ENTRIES = 5e4;
      cache = /* @__PURE__ */ new Map();
      linkLines = /* @__PURE__ */ new Map();
      headings = /* @__PURE__ */ new Map();
      leadIns = /* @__PURE__ */ new Map();
      numberKeys = /* @__PURE__ */ new Map();
      /** The cache shared by all classifications with this lexicon and these legal forms. */
      static for(lexicon, legalForms) {
        let cache2 = _FactsCache.shared.get(lexicon);
        if (cache2 === void 0 || cache2.legalForms !== legalForms) {
          cache2 = new _FactsCache(lexicon, legalForms);
          _FactsCache.shared.set(lexicon, cache2);
        }
        return cache2;
      }
      /** The value kept for `text`, else `find`'s, kept; a cache that grows past its bound starts over. */
      static remember(cache2, text, find) {
        let value = cache2.get(text);
        if (value === void 0) {
          value = find();
          if (cache2.size >= _FactsCache.MAX_ENTRIES) cache2.clear();
          cache2.set(text, value);
        }
        return value;
      }
      /**
       * What a section's headings (joined by newlines) say: that it is about retention, about the controller and how
       * to reach it, about what is processed. Sections keep their headings from version to version.
       */
      heading(headings) {
        return _FactsCache.remember(this.headings, headings, () => {
          const { lexicon } = this;
          const category = (name) => lexicon.categories.some((entry) => entry.category === name && entry.terms.test(headings));
          return {
            retention: category("retention"),
            contact: lexicon.contactSections.test(headings) || category("controller"),
            processing: lexicon.processingVerbs.test(headings),
            recipients: category("recipients") || lexicon.sharingVerbs.test(headings),
            purposes: lexicon.purposeHeadings.test(headings)
          };
        });
      }
      /** The sentence with its dates and numbers masked (numberKey): asked of every removed sentence for each added one. */
      numberKey(text) {
        return _FactsCache.remember(this.numberKeys, text, () => numberKey(text, this.lexicon));
      }
      /** A lead-in ("We collect:") that names processing, as the heading's `processing`. */
      leadInProcesses(text) {
        return _FactsCache.remember(this.leadIns, text, () => this.lexicon.processingVerbs.test(text));
      }
      /**
       * What a sentence says, read from its normal form (one reading for every way it is formatted), except a line that
       * is nothing but links (a menu), which its normal form no longer shows as links (noise.ts reduces a link to its
       * text): that is read as written, and states nothing.
       */
      get(sentence) {
        if (isLinkLine(sentence.raw)) return _FactsCache.remember(this.linkLines, sentence.raw, () => sentenceFacts(sentence.raw, this.lexicon, this.legalForms));
        return _FactsCache.remember(this.cache, sentence.norm, () => sentenceFacts(sentence.norm, this.lexicon, this.legalForms));
      }
    };
  }
});

// src/significance/words.ts
function wordEdit(words2) {
  const added = [];
  const removed = [];
  const hunks = [];
  const addedPhrases = [];
  const removedPhrases = [];
  const insertions = [];
  let hunk;
  const flush = () => {
    if (hunk === void 0) return;
    const [gone, nu] = [hunk.removed.trim(), hunk.added.trim()];
    if (gone !== "" || nu !== "") hunks.push(gone === "" ? `+${nu}` : nu === "" ? `\u2212${gone}` : `${gone} \u2192 ${nu}`);
    if (nu !== "") addedPhrases.push(nu);
    if (gone !== "") removedPhrases.push(gone);
    if (gone === "" && nu !== "") insertions.push(hunk.added);
    hunk = void 0;
  };
  for (const word of words2) {
    if (word.type === "kept") {
      if (word.text.trim() !== "") flush();
      continue;
    }
    hunk ??= { removed: "", added: "" };
    hunk[word.type] += word.text;
    const tokens = word.type === "added" ? added : removed;
    for (const token of word.text.matchAll(TOKEN)) tokens.push(token[0]);
  }
  flush();
  const unmatchedAdded = [...added];
  const unmatchedRemoved = [];
  if (added.length * removed.length > MAX_TYPO_PAIRS) {
    return { added, removed, unmatchedAdded, unmatchedRemoved: [...removed], typo: false, hunks, addedPhrases, removedPhrases, insertions };
  }
  for (const token of removed) {
    const index = unmatchedAdded.findIndex((candidate) => isTypoPair(token, candidate));
    if (index === -1) unmatchedRemoved.push(token);
    else unmatchedAdded.splice(index, 1);
  }
  const typo = added.length > 0 && unmatchedAdded.length === 0 && unmatchedRemoved.length === 0 && added.length === removed.length;
  return { added, removed, unmatchedAdded, unmatchedRemoved, typo, hunks, addedPhrases, removedPhrases, insertions };
}
var TOKEN, MAX_TYPO_PAIRS;
var init_words = __esm({
  "src/significance/words.ts"() {
    "use strict";
    init_facts();
    TOKEN = /[\p{L}\p{N}'’-]+/gu;
    MAX_TYPO_PAIRS = 25e4;
  }
});

// src/significance/own-names.ts
function addName(names2, name) {
  const cleaned = key(name);
  if (cleaned.length < 2 || WE_WORDS.test(cleaned)) return;
  names2.add(cleaned);
  const first = cleaned.split(" ")[0];
  if (first.length >= 3 && !GENERIC.test(first)) names2.add(first);
}
function ownNameParts(sentences) {
  const parts = { names: /* @__PURE__ */ new Set(), statements: 0, counts: /* @__PURE__ */ new Map() };
  for (const facts of sentences) {
    const text = facts.text;
    if (text.includes("(")) {
      for (const match of text.matchAll(NAME_BEFORE)) {
        const inner = match[2];
        if (!WE.test(inner) && !DEFINED.test(inner)) continue;
        addName(parts.names, match[1]);
        for (const quoted of inner.matchAll(QUOTED)) addName(parts.names, quoted[1]);
      }
    }
    for (const contact of facts.contacts) {
      const domain = /@([\p{L}\p{N}-]+)\./u.exec(contact)?.[1];
      if (domain !== void 0 && domain.length >= 3) parts.names.add(domain.toLowerCase());
    }
    if (!facts.statement) continue;
    parts.statements += 1;
    for (const first of new Set(facts.names.map((name) => key(name).split(" ")[0]))) parts.counts.set(first, (parts.counts.get(first) ?? 0) + 1);
  }
  return parts;
}
function addOwnNameParts(into, part) {
  for (const name of part.names) into.names.add(name);
  into.statements += part.statements;
  for (const [name, count] of part.counts) into.counts.set(name, (into.counts.get(name) ?? 0) + count);
}
function ownNamesOf(parts, titles) {
  const all = { names: /* @__PURE__ */ new Set(), statements: 0, counts: /* @__PURE__ */ new Map() };
  for (const part of parts) addOwnNameParts(all, part);
  const { names: names2, statements, counts } = all;
  for (const title of titles) {
    for (const word of (title ?? "").replace(/[#*_[\]()]/gu, " ").split(/[\s,]+/u)) {
      if (new RegExp("^\\p{Lu}", "u").test(word) && word.length >= 3 && !GENERIC.test(word.replace(/[.:]$/u, ""))) addName(names2, word);
    }
  }
  for (const [name, count] of counts) {
    if (count >= 5 && count >= statements * 0.15 && name.length >= 3 && !GENERIC.test(name)) names2.add(name);
  }
  return names2;
}
function definesOwnName(text) {
  if (!text.includes("(")) return false;
  return [...text.matchAll(/\(([^()]{1,200})\)/gu)].some((match) => (WE.test(match[1]) || DEFINED.test(match[1])) && QUOTED.test(match[1]));
}
function isOwnName(text, own) {
  if (own.size === 0) return false;
  const name = key(text);
  if (own.has(name)) return true;
  for (const candidate of own) {
    if (name.startsWith(`${candidate} `) || name.startsWith(`${candidate}-`) || candidate.startsWith(`${name} `)) return true;
  }
  return false;
}
function withoutOwnNames(facts, own) {
  if (own.size === 0) return facts;
  const hits3 = facts.hits.filter((hit) => !(hit.category === "recipients" && new RegExp("^\\p{Lu}", "u").test(hit.text) && isOwnName(hit.text, own)));
  return hits3.length === facts.hits.length ? facts : { ...facts, hits: hits3 };
}
var WE, DEFINED, QUOTED, NAME_BEFORE, GENERIC, WE_WORDS, key;
var init_own_names = __esm({
  "src/significance/own-names.ts"() {
    "use strict";
    WE = /(?:^|[\s“"'‘«(,])(?:we|us|our|vi|oss|vår|våra|nous|notre|nos|wir|uns|unser|me|meidän|meitä|os|vores|vår)(?=$|[\s”"'’»),])/iu;
    DEFINED = /hereinafter|referred to as|nedan|härefter|ci-après|ci-dessous|nachfolgend|im folgenden|jäljempänä|herefter|heretter/iu;
    QUOTED = /[“"'‘«„]\s*([^”"'’»“]{2,40}?)\s*[”"'’»“]/gu;
    NAME_BEFORE = new RegExp("(\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*(?:,?[\\s\\u00a0]+(?:\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*|&))*)[\\s\\u00a0,]*\\(([^()]{1,200})\\)", "gu");
    GENERIC = /^(?:privacy|policy|policies|statement|notice|terms|term|of|service|services|use|cookie|cookies|and|the|for|consumers?|european|union|economic|area|data|protection|information|general|global|business|legal|conditions|version|integritetspolicy|sekretesspolicy|personuppgiftspolicy|integritet|dataskyddspolicy|politique|de|confidentialité|conditions|générales|d'utilisation|datenschutzerklärung|datenschutzhinweise|datenschutz|tietosuojaseloste|tietosuojakäytäntö|privatlivspolitik|personvernerklæring|api|app|application)$/iu;
    WE_WORDS = /^(?:we|us|our|vi|oss|vår|nous|wir|uns|me|os|company|the company|bolaget|företaget|la société|l'entreprise|das unternehmen|yhtiö)$/iu;
    key = (name) => name.toLowerCase().replace(/['’:]s$/u, "").replace(/[.,\s]+$/u, "").replace(/\s+/gu, " ").trim();
  }
});

// src/significance/rules.ts
function wordsOf(text) {
  let found = words.get(text);
  if (found === void 0) {
    if (words.size >= 4e3) words.clear();
    found = new Set(text.toLowerCase().match(new RegExp("\\p{L}{3,}", "gu")) ?? []);
    words.set(text, found);
  }
  return found;
}
function overlap(a2, b) {
  const [x2, y2] = [wordsOf(a2), wordsOf(b)];
  const [small, large] = x2.size <= y2.size ? [x2, y2] : [y2, x2];
  if (small.size < 4) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / Math.max(large.size * 0.85, small.size);
}
function relationsOf(facts) {
  const relations = [];
  if (!facts.statement) return relations;
  const hits3 = facts.hits.filter((hit) => !hit.negated && hit.verb !== true);
  for (const from of hits3) {
    if (from.category !== "recipients" && from.category !== "legal-basis") continue;
    for (const to of hits3) {
      if (to.key === from.key || !RELATED.has(to.category)) continue;
      if (from.category === "legal-basis" && to.category === "legal-basis" && from.key > to.key) continue;
      relations.push({ key: `${from.key}|${to.key}`, from, to });
    }
  }
  return relations;
}
function periodSide(periods2) {
  let side = sides.get(periods2);
  if (side === void 0) {
    const max = longest(periods2);
    const shown = periods2.length <= SHOWN_PERIODS ? periods2 : periods2.filter((period) => period.days === max).slice(0, SHOWN_PERIODS);
    side = { periods: shown, text: shown.map((period) => period.text).join(", "), longest: max };
    sides.set(periods2, side);
  }
  return side;
}
var ORDER, levelRank, maxLevel, words, INDIVIDUAL, PERSONAL, REPRESENTATIVE, SIGN_IN_BEFORE, SOURCE_BEFORE, RELATED, escapeForRegExp, unique, longest, SHOWN_PERIODS, sides, BULLET_START, isListItem, RuleSet;
var init_rules = __esm({
  "src/significance/rules.ts"() {
    "use strict";
    init_facts();
    init_words();
    init_own_names();
    ORDER = ["none", "editorial", "minor", "significant"];
    levelRank = (level) => ORDER.indexOf(level);
    maxLevel = (levels) => levels.reduce((max, level) => levelRank(level) > levelRank(max) ? level : max, "none");
    words = /* @__PURE__ */ new Map();
    INDIVIDUAL = /individ|identifiable|identifizierbar|identifiable|personlig|profil|henkilökoht/iu;
    PERSONAL = new RegExp("\\b(?:you|your|yours|personal|du|dig|din|dina|ditt|personuppgift\\p{L}*|vous|votre|vos|personnelles?|sie|ihre?n?|personenbezogene?n?|sinun|sinusta|henkil\xF6\\p{L}*|dine?|personlige?)\\b", "iu");
    REPRESENTATIVE = /\b(?:representative|representant|représentant|vertreter|edustaja)/iu;
    SIGN_IN_BEFORE = new RegExp("(?:\\b(?:log(?:s|ged|ging)?|sign(?:s|ed|ing)?)[\\s-]*(?:in|on)\\s+(?:with|using|via|through)|\\blogga(?:t|r|s)?\\s+in\\s+(?:med|via)|\\bkirjau\\p{L}*\\s+|\\bse\\s+connect\\p{L}*\\s+(?:avec|via)|\\banmeld\\p{L}*\\s+(?:mit|\xFCber))\\s+(?:\\p{L}+\\s+)?$", "iu");
    SOURCE_BEFORE = /\b(?:from|från|de la part de|auprès de|von|vom|fra)\s+(?:[\p{L}-]+,?\s+){0,6}$/iu;
    RELATED = /* @__PURE__ */ new Set(["personal-data", "purpose", "legal-basis", "transfer"]);
    escapeForRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    unique = (values2) => [...new Set(values2.map((value) => value.trim()).filter((value) => value !== ""))];
    longest = (periods2) => periods2.reduce((max, period) => Math.max(max, period.days), -Infinity);
    SHOWN_PERIODS = 8;
    sides = /* @__PURE__ */ new WeakMap();
    BULLET_START = /^\s*(?:[-–—•·*▪◦●]|\d+[.)°])\s*/u;
    isListItem = (text) => BULLET_START.test(text) || (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 12;
    RuleSet = class {
      constructor(rules, lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
      }
      rules;
      lexicon;
      valenceLevel(category, event) {
        return this.rules.eventOverrides?.[category]?.[event] ?? this.rules.valences[this.rules.categories[category]]?.[event];
      }
      isRisk = (category) => category in this.rules.categories && this.rules.categories[category] === "risk";
      /**
       * Anonymous or aggregated data is not personal data (GDPR Recital 26): a risk about it, or a negation or modal
       * in a sentence about it that no lexicon places, is capped (rules.json anonymousCap). Rights and safeguards are not.
       */
      cap(finding, anonymous) {
        if (!anonymous || !(this.isRisk(finding.category) || finding.category === "other")) return finding;
        const level = levelRank(finding.level) > levelRank(this.rules.anonymousCap) ? this.rules.anonymousCap : finding.level;
        return { ...finding, level };
      }
      byPriority(categories) {
        const present = new Set(categories);
        return this.rules.priority.filter((category) => present.has(category));
      }
      /**
       * A negation or modal event in a sentence: the most severe level any of its categories gives it, filed under
       * the first such category; with no category, rules.json "uncategorised".
       */
      sentenceEvent(event, hits3, triggers, anonymous) {
        const categories = this.byPriority(hits3.filter((hit) => this.rules.categories[hit.category] !== "period").map((hit) => hit.category));
        if (categories.length === 0) {
          const level = this.rules.uncategorised[event];
          return level === void 0 ? void 0 : this.cap({ category: "other", level, rule: event, triggers: unique(triggers) }, anonymous);
        }
        let best;
        for (const category of categories) {
          const level = this.valenceLevel(category, event);
          if (level === void 0 || best !== void 0 && levelRank(level) <= levelRank(best.level)) continue;
          const words2 = hits3.filter((hit) => hit.category === category).map((hit) => hit.text);
          best = { category, level, rule: event, triggers: unique([...triggers, ...words2]) };
        }
        return best === void 0 ? void 0 : this.cap(best, anonymous);
      }
      /** Terms that appear or disappear, each category in its own direction. */
      termFindings(added, removed, anonymous, addedEvent, removedEvent) {
        const findings = [];
        for (const [hitsOf, event] of [[added, addedEvent], [removed, removedEvent]]) {
          for (const category of this.byPriority(hitsOf.map((hit) => hit.category))) {
            const level = this.valenceLevel(category, event);
            if (level === void 0) continue;
            const rule = event === "added" || event === "removed" ? event : event;
            const triggers = unique(hitsOf.filter((hit) => hit.category === category).map((hit) => hit.text));
            findings.push(this.cap({ category, level, rule, triggers }, anonymous));
          }
        }
        return findings;
      }
      isProtection = (hit) => this.rules.categories[hit.category] === "protection";
      /** A verb of passing data on is not a recipient, and period words only mark a sentence as about retention. */
      countsAsTerm = (hit) => this.rules.categories[hit.category] !== "period" && hit.verb !== true;
      /** The sentence (or its section) is about data being collected, used, kept or passed on. */
      aboutProcessing(facts, scope2) {
        return facts.processing || facts.hits.some((hit) => hit.verb === true) || scope2.processingList || scope2.recipientHeading;
      }
      /**
       * A recipient or country is a finding only where data goes there: "switch to another service provider", "EU, UK
       * and Swiss individuals may invoke arbitration" and "outside North America" name them without passing data on.
       * Phrases that say it themselves ("third parties", "outside the EU", "Standard Contractual Clauses") need no verb.
       */
      placed(hit, facts, scope2) {
        return this.placedBy(hit, facts, () => this.aboutProcessing(facts, scope2));
      }
      /**
       * For what the whole document already says: any mention makes a recipient known, except as a source of data or
       * a way to sign in ("staff who logged in with Google" does not make Google known).
       */
      placedInSentence(hit, facts) {
        return this.placedBy(hit, facts, () => true);
      }
      placedBy(hit, facts, processing) {
        if (hit.category !== "recipients" && hit.category !== "transfer" || hit.explicit === true) return true;
        const before = facts.text.slice(Math.max(0, hit.index - 32), hit.index);
        if (hit.category === "recipients" && SOURCE_BEFORE.test(before)) return false;
        if (hit.category === "recipients" && SIGN_IN_BEFORE.test(before)) return false;
        if (hit.category === "transfer" && !new RegExp("^\\p{Lu}[\\p{L}.]*$", "u").test(hit.text.replace(/^=/, ""))) return true;
        return processing();
      }
      aboutRetention(facts, scope2) {
        return scope2.retentionHeading || facts.some((fact) => fact.hits.some((hit) => hit.category === "retention"));
      }
      periodFinding(before, after, retention, whenNew) {
        const { periods: periods2 } = this.rules;
        if (before.length === 0 && after.length === 0) return void 0;
        const [oldSide, newSide] = [periodSide(before), periodSide(after)];
        const [from, to] = [oldSide.text, newSide.text];
        const triggers = unique([...oldSide.periods, ...newSide.periods].map((period) => period.text));
        if (before.length > 0 && after.length === 0) {
          return retention ? { category: "retention", level: periods2.dropped, rule: "period-dropped", triggers, from } : void 0;
        }
        if (before.length === 0) {
          if (whenNew !== "stated") return void 0;
          const level = !retention ? periods2.elsewhere : newSide.longest > periods2.longDays ? periods2.statedLong : periods2.stated;
          return { category: "retention", level, rule: "period-stated", triggers, to };
        }
        let [old, nu] = [oldSide.longest, newSide.longest];
        if (old === nu && from === to) return void 0;
        if (old === nu && before.length === after.length) {
          const grown = before.findIndex((period, index) => after[index].days > period.days);
          const shrunk = before.findIndex((period, index) => after[index].days < period.days);
          if (grown !== -1) [old, nu] = [before[grown].days, after[grown].days];
          else if (shrunk !== -1) [old, nu] = [before[shrunk].days, after[shrunk].days];
        }
        if (!retention) return { category: "wording", level: periods2.elsewhere, rule: "period-changed", triggers, from, to };
        if (nu > old) return { category: "retention", level: periods2.longer, rule: "period-longer", triggers, from, to };
        if (nu < old) return { category: "retention", level: periods2.shorter, rule: "period-shorter", triggers, from, to };
        return void 0;
      }
      organisationFinding(names2, facts, scope2) {
        const sources = names2.filter((name) => new RegExp(`\\b(?:from|fr\xE5n|de la part de|von|l\xE4hteest\xE4)\\s+${escapeForRegExp(name)}`, "iu").test(facts.text));
        if (sources.length > 0 && sources.length === names2.length) return { category: "personal-data", level: "minor", rule: "organisation-added", triggers: sources };
        if (names2.length === 0) return void 0;
        const controller = scope2.contactHeading || facts.hits.some((hit) => hit.category === "controller") || REPRESENTATIVE.test(facts.text) || definesOwnName(facts.text);
        names2 = controller ? names2 : names2.filter((name) => !isOwnName(name, scope2.document.own));
        if (names2.length === 0) return void 0;
        const examples = this.lexicon.exampleMarkers.matches(facts.text);
        const example = !controller && names2.every((name) => examples.some((marker) => marker.index < facts.text.indexOf(name))) && facts.organisations.length > names2.length;
        if (example) return { category: "recipients", level: "minor", rule: "organisation-added", triggers: names2 };
        return { category: controller ? "controller" : "recipients", level: this.rules.organisation.added, rule: "organisation-added", triggers: names2 };
      }
      /** A minimum age in a sentence about age: lower lets younger children in (GDPR Art. 8). */
      ageFinding(o2, n2) {
        if (!o2.aboutAge || !n2.aboutAge || o2.periods.length > 0 || n2.periods.length > 0) return void 0;
        const ages = (facts) => facts.numbers.map(Number).filter((value) => Number.isInteger(value) && value > 0 && value < 30);
        const [before, after] = [ages(o2), ages(n2)];
        if (before.length === 0 || after.length === 0) return void 0;
        const [from, to] = [before.reduce((min, age) => Math.min(min, age)), after.reduce((min, age) => Math.min(min, age))];
        if (from === to) return void 0;
        const lowered = to < from;
        return {
          category: "personal-data",
          level: lowered ? this.rules.age.lowered : this.rules.age.raised,
          rule: lowered ? "age-lowered" : "age-raised",
          triggers: unique(n2.numbers.filter((value) => Number(value) === to)),
          from: String(from),
          to: String(to)
        };
      }
      changed(o2, n2, words2, scope2) {
        if (foldGlyphs(o2.text).replace(/\s+/g, " ") === foldGlyphs(n2.text).replace(/\s+/g, " ")) return [];
        const findings = [];
        const anonymous = o2.anonymous && n2.anonymous;
        const allHits = [...o2.hits, ...n2.hits];
        const polarity = o2.negations.length !== n2.negations.length;
        const modal = !polarity && o2.weakModals.length > 0 !== n2.weakModals.length > 0;
        const limit = !polarity && o2.limiters.length !== n2.limiters.length;
        if (polarity) {
          const appeared = n2.negations.length > o2.negations.length;
          const words3 = (appeared ? n2.negations : o2.negations).map((match) => match.text);
          const finding = this.sentenceEvent(appeared ? "negation-added" : "negation-removed", allHits, words3, anonymous);
          if (finding) findings.push(finding);
        } else if (modal) {
          const hardened = o2.weakModals.length > 0;
          const words3 = (hardened ? o2.weakModals : n2.weakModals).map((match) => match.text);
          const finding = this.sentenceEvent(hardened ? "modal-hardened" : "modal-softened", allHits, words3, anonymous);
          if (finding) findings.push(finding);
        }
        if (limit) {
          const widened = o2.limiters.length > n2.limiters.length;
          const words3 = (widened ? o2.limiters : n2.limiters).map((match) => match.text);
          const finding = this.sentenceEvent(widened ? "limit-removed" : "limit-added", allHits, words3, anonymous);
          if (finding) findings.push(finding);
        }
        const edit = wordEdit(words2);
        if (!polarity && !modal && !limit && edit.typo) {
          return [{ category: "wording", level: "editorial", rule: "typo", triggers: edit.hunks }];
        }
        const oldTerms = new Set(o2.hits.filter((hit) => !hit.negated).map((hit) => hit.key));
        const newTerms = new Set(n2.hits.filter((hit) => !hit.negated).map((hit) => hit.key));
        const { document } = scope2;
        let added = n2.hits.filter(
          (hit) => !hit.negated && this.countsAsTerm(hit) && this.placed(hit, n2, scope2) && !(this.isProtection(hit) ? oldTerms : document.oldTerms).has(hit.key)
        );
        let removed = o2.hits.filter(
          (hit) => !hit.negated && this.countsAsTerm(hit) && !newTerms.has(hit.key) && !(this.isProtection(hit) ? scope2.touchedTerms : document.newTerms).has(hit.key)
        );
        const examples = this.lexicon.exampleMarkers.matches(n2.text);
        const swappable = (hit) => hit.category === "security" || this.isRisk(hit.category) && examples.some((marker) => marker.index < hit.index);
        const replacedCategories = new Set(
          removed.filter((gone) => swappable(gone) && added.some((hit) => hit.category === gone.category && swappable(hit) && this.replaces(gone, hit, edit))).map((hit) => hit.category)
        );
        const replacements = [];
        for (const category of replacedCategories) {
          const from = removed.filter((hit) => hit.category === category);
          const to = added.filter((hit) => hit.category === category);
          replacements.push({ category, level: "minor", rule: "replaced", triggers: unique([...from, ...to].map((hit) => hit.text)), from: unique(from.map((hit) => hit.text)).join(", "), to: unique(to.map((hit) => hit.text)).join(", ") });
        }
        added = added.filter((hit) => !replacedCategories.has(hit.category));
        removed = removed.filter((hit) => !replacedCategories.has(hit.category));
        const swappedHunks = edit.hunks.filter((hunk) => new RegExp("^\\p{Lu}[^\u2192]* \u2192 \\p{Lu}", "u").test(hunk));
        const swapped = added.filter((hit) => hit.category === "recipients" && swappable(hit) && new RegExp("^\\p{Lu}", "u").test(hit.text) && swappedHunks.some((hunk) => hunk.split(" \u2192 ")[1].includes(hit.text)));
        if (swapped.length > 0) {
          const hunks = swappedHunks.filter((hunk) => swapped.some((hit) => hunk.split(" \u2192 ")[1].includes(hit.text)));
          replacements.push({
            category: "recipients",
            level: "minor",
            rule: "replaced",
            triggers: unique(swapped.map((hit) => hit.text)),
            from: unique(hunks.map((hunk) => hunk.split(" \u2192 ")[0])).join(", "),
            to: unique(hunks.map((hunk) => hunk.split(" \u2192 ")[1].replace(/[,.;]+$/u, ""))).join(", ")
          });
          added = added.filter((hit) => !swapped.includes(hit));
        }
        findings.push(...replacements);
        findings.push(...this.termFindings(added, removed, anonymous, "added", "removed"));
        const extended = this.listExtension(n2, edit, findings, anonymous, scope2) ?? this.groundAdded(n2, edit, findings, anonymous);
        if (extended) findings.push(extended);
        if (!polarity) {
          const newNegated = new Set(n2.hits.filter((hit) => hit.negated).map((hit) => hit.key));
          const dropped = o2.hits.filter((hit) => hit.negated && this.isRisk(hit.category) && !newNegated.has(hit.key) && !scope2.newNegated.has(hit.key));
          findings.push(...this.termFindings([], dropped, anonymous, "promise-added", "promise-withdrawn"));
        }
        const restrictors = n2.restrictors.filter((match) => !o2.restrictors.some((old) => old.term === match.term));
        const protectedHits = n2.hits.filter(this.isProtection);
        if (restrictors.length > 0 && protectedHits.length > 0) {
          const category = this.byPriority(protectedHits.map((hit) => hit.category))[0];
          const level = this.valenceLevel(category, "restricted");
          if (level) findings.push({ category, level, rule: "restricted", triggers: unique(restrictors.map((match) => match.text)) });
        }
        const retention = this.aboutRetention([o2, n2], scope2) || n2.hits.some((hit) => this.isRisk(hit.category) && !hit.negated) && this.aboutProcessing(n2, scope2);
        const period = this.periodFinding(o2.periods, n2.periods, retention, "stated");
        if (period) findings.push(period);
        const goneOrganisations = o2.organisations.filter((name) => !n2.organisations.includes(name));
        const newOrganisations = n2.organisations.filter((name) => !scope2.document.oldOrganisations.has(name.toLowerCase()) && !o2.organisations.includes(name));
        const exampleOrganisation = (name) => this.lexicon.exampleMarkers.matches(n2.text).some((marker) => marker.index < n2.text.indexOf(name));
        if (newOrganisations.length > 0 && goneOrganisations.length > 0 && newOrganisations.every(exampleOrganisation)) {
          findings.push({ category: "recipients", level: "minor", rule: "replaced", triggers: unique([...goneOrganisations, ...newOrganisations]), from: goneOrganisations.join(", "), to: newOrganisations.join(", ") });
        } else {
          const organisation = this.organisationFinding(newOrganisations, n2, scope2);
          if (organisation) findings.push(organisation);
        }
        const age = this.ageFinding(o2, n2);
        if (age) findings.push(age);
        const contactsChanged = o2.contacts.join("\n") !== n2.contacts.join("\n");
        const numbersChanged = o2.numbers.join(" ") !== n2.numbers.join(" ");
        if (contactsChanged || numbersChanged && (scope2.contactHeading || o2.contacts.length > 0)) {
          const phrases = edit.addedPhrases.length > 0 ? edit.addedPhrases : edit.removedPhrases;
          const triggers = unique([...n2.contacts.filter((c2) => !o2.contacts.includes(c2)), ...phrases]);
          findings.push({ category: "controller", level: this.rules.contactChanged, rule: "contact-changed", triggers });
        } else if (numbersChanged && period === void 0 && age === void 0) {
          findings.push({ category: "wording", level: "editorial", rule: "numbers-changed", triggers: edit.hunks, from: o2.numbers.join(", "), to: n2.numbers.join(", ") });
        }
        const relation = this.relationFinding(n2, o2, scope2, findings);
        if (relation) findings.push(relation);
        if (findings.length === 0) findings.push(this.wording(edit));
        return findings;
      }
      /**
       * "We collect your step count {+and heart rate+}": an item joined to a sentence about processing is a new kind
       * of data, recipient or purpose whether or not a lexicon knows the word. Not for a sentence only about rights or
       * safeguards, and not when a term rule has already said the same.
       */
      listExtension(n2, edit, findings, anonymous, scope2) {
        if (!this.aboutProcessing(n2, scope2) || findings.some((finding) => finding.rule === "added" && this.isRisk(finding.category))) return void 0;
        if (n2.hits.length > 0 && n2.hits.every(this.isProtection)) return void 0;
        if (n2.negations.length > 0) return void 0;
        if (!n2.hits.some((hit) => this.isRisk(hit.category) && this.placed(hit, n2, scope2)) && !PERSONAL.test(n2.text)) return void 0;
        const conjunctions = this.lexicon.listConjunctions;
        const hasContent = (phrase) => (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => !conjunctions.includes(word.toLowerCase()) && !this.lexicon.stopWords.has(word.toLowerCase()));
        const items = edit.insertions.filter((phrase) => {
          const first = phrase.replace(/^[\s]+/, "");
          const joined = conjunctions.some((word) => word === "," ? first.startsWith(",") : first.toLowerCase().startsWith(`${word} `));
          const body = first.replace(/^[\s,;]+/, "");
          const example = this.lexicon.exampleMarkers.matches(body).some((match) => match.index <= 12);
          const clause = this.lexicon.finiteVerbs.test(body) || this.lexicon.subordinators.matches(body).some((match) => match.index <= 12);
          const words2 = (body.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !conjunctions.includes(word.toLowerCase()));
          const verbs = words2.length > 0 && words2.every((word) => this.lexicon.serviceVerbs.test(word));
          return joined && hasContent(first) && !example && !clause && !verbs && !body.startsWith("(");
        });
        if (items.length === 0) return void 0;
        const inItems = n2.hits.filter((hit) => this.isRisk(hit.category) && items.some((item) => item.includes(hit.text)));
        const category = this.byPriority(inItems.map((hit) => hit.category))[0] ?? (n2.hits.some((hit) => hit.category === "recipients") ? "recipients" : "personal-data");
        const level = this.valenceLevel(category, "list-extended");
        if (level === void 0) return void 0;
        return this.cap({ category, level, rule: "list-extended", triggers: unique(items.map((item) => item.replace(/^[\s,]+/, ""))) }, anonymous);
      }
      /**
       * "Meta may also retain your Content: (i) …; (ii) …; and {+(iii) when our systems flag data+}": a new numbered
       * case in a sentence that allows keeping, using or passing on data widens what it allows.
       */
      groundAdded(n2, edit, findings, anonymous) {
        if (n2.negations.length > 0 || findings.some((finding) => finding.level === "significant")) return void 0;
        const grounds = edit.insertions.filter((phrase) => /\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h])\)/u.test(phrase) && (phrase.match(new RegExp("\\p{L}+", "gu")) ?? []).length >= 4);
        if (grounds.length === 0) return void 0;
        const categories = this.byPriority(n2.hits.filter((hit) => !hit.negated && (this.isRisk(hit.category) || hit.category === "retention")).map((hit) => hit.category));
        const category = categories.includes("retention") ? "retention" : categories[0];
        if (category === void 0) return void 0;
        return this.cap({ category, level: "significant", rule: "list-extended", triggers: unique(grounds) }, anonymous);
      }
      /**
       * Relations of a new or changed sentence that no sentence of the old document had, between terms the old
       * document already had: a known recipient now given known data, a known basis now for another purpose.
       */
      relationFinding(n2, o2, scope2, findings) {
        if (findings.some((finding) => finding.level === "significant") || n2.anonymous) return void 0;
        const before = new Set(o2 === void 0 ? [] : relationsOf(o2).map((relation) => relation.key));
        const fresh = relationsOf(n2).filter(
          ({ key: key2, from, to }) => !before.has(key2) && !scope2.document.oldRelations.has(key2) && scope2.document.oldTerms.has(from.key) && scope2.document.oldTerms.has(to.key) && this.placed(from, n2, scope2)
        );
        const first = fresh[0];
        if (first === void 0) return void 0;
        const level = this.valenceLevel(first.from.category, "added");
        if (level === void 0) return void 0;
        const triggers = unique(fresh.filter((relation) => relation.from.category === first.from.category).map((relation) => `${relation.from.text} (${relation.to.text})`));
        return { category: first.from.category, level, rule: "relation-added", triggers };
      }
      /** `gone` and `hit` stand in one edit hunk of the sentence ("SSL → TLS"): one replaced the other. */
      replaces(gone, hit, edit) {
        return edit.hunks.some((hunk) => {
          const [from, to] = hunk.split(" \u2192 ");
          return to !== void 0 && from.includes(gone.text) && to.includes(hit.text);
        });
      }
      wording(edit) {
        const isContent = (token) => token.length > 1 && !this.lexicon.stopWords.has(token.toLowerCase());
        const newWords = edit.unmatchedAdded.filter(isContent);
        const goneWords = edit.unmatchedRemoved.filter(isContent);
        if (edit.removed.length === 0 && newWords.length > 0 || newWords.length - goneWords.length >= 2) {
          return { category: "wording", level: this.rules.textAdded, rule: "clarification", triggers: edit.hunks };
        }
        if (newWords.length === 0 && goneWords.length >= 3) {
          return { category: "wording", level: this.rules.textRemoved, rule: "text-removed", triggers: edit.hunks };
        }
        return { category: "wording", level: "editorial", rule: "wording", triggers: edit.hunks };
      }
      added(n2, scope2) {
        const findings = [];
        const { document } = scope2;
        const fresh = n2.hits.filter(
          (hit) => this.countsAsTerm(hit) && this.placed(hit, n2, scope2) && (this.isProtection(hit) || !(hit.negated ? document.oldNegated : document.oldTerms).has(hit.key))
        );
        const anonymous = n2.anonymous && !INDIVIDUAL.test(n2.text);
        findings.push(...this.termFindings(fresh.filter((hit) => !hit.negated), [], anonymous, "added", "removed"));
        findings.push(...this.termFindings(fresh.filter((hit) => hit.negated), [], anonymous, "promise-added", "promise-withdrawn"));
        const protectedHits = n2.hits.filter(this.isProtection);
        if (n2.restrictors.length > 0 && protectedHits.length > 0) {
          const category = this.byPriority(protectedHits.map((hit) => hit.category))[0];
          const level = this.valenceLevel(category, "restricted");
          if (level) findings.push({ category, level, rule: "restricted", triggers: unique(n2.restrictors.map((match) => match.text)) });
        }
        const retention = this.aboutRetention([n2], scope2);
        const period = retention && scope2.oldPeriods.length > 0 ? this.periodFinding(scope2.oldPeriods, n2.periods, true, "compare") : this.periodFinding([], n2.periods, retention, "stated");
        if (period && period.rule !== "period-dropped") findings.push({ ...period, triggers: unique(n2.periods.map((p) => p.text)) });
        const organisation = this.organisationFinding(n2.organisations.filter((name) => !document.oldOrganisations.has(name.toLowerCase())), n2, scope2);
        if (organisation) findings.push(organisation);
        const contacts = n2.contacts.filter((contact) => !document.oldContacts.has(contact));
        if (contacts.length > 0) findings.push({ category: "controller", level: this.rules.contactChanged, rule: "contact-changed", triggers: contacts });
        const relation = this.relationFinding(n2, void 0, scope2, findings);
        if (relation) findings.push(relation);
        const restated = findings.length === 0 && scope2.removed.some((old) => overlap(old, n2.text) >= 0.7);
        if (restated) findings.push({ category: "wording", level: "editorial", rule: "wording", triggers: [] });
        if (findings.length === 0 && (scope2.processingList || scope2.recipientHeading || scope2.purposeHeading) && this.isItem(n2)) {
          const category = scope2.recipientHeading ? "recipients" : scope2.purposeHeading ? "purpose" : "personal-data";
          const level = this.valenceLevel(category, "list-extended");
          if (level) findings.push({ category, level, rule: "list-extended", triggers: [n2.text.replace(BULLET_START, "").replace(/[.;,]+$/, "").trim()] });
        }
        if (findings.length === 0) findings.push(this.plain(n2, "text-added", this.rules.textAdded));
        return findings;
      }
      removed(o2, scope2) {
        const findings = [];
        const gone = o2.hits.filter(
          (hit) => this.countsAsTerm(hit) && !hit.negated && !(this.isProtection(hit) ? scope2.touchedTerms : scope2.document.newTerms).has(hit.key)
        );
        findings.push(...this.termFindings([], gone, false, "added", "removed"));
        const promises = o2.hits.filter((hit) => this.countsAsTerm(hit) && hit.negated && !scope2.newNegated.has(hit.key) && !scope2.document.newNegated.has(hit.key));
        findings.push(...this.termFindings([], promises, false, "promise-added", "promise-withdrawn"));
        if (o2.periods.length > 0 && scope2.touchedPeriods.length === 0) {
          const period = this.periodFinding(o2.periods, scope2.touchedPeriods, this.aboutRetention([o2], scope2), "compare");
          if (period) findings.push({ ...period, triggers: unique(o2.periods.map((p) => p.text)) });
        }
        const names2 = o2.organisations.filter((name) => !scope2.newOrganisations.has(name) && !scope2.document.newOrganisations.has(name.toLowerCase()));
        if (names2.length > 0) findings.push({ category: "recipients", level: this.rules.organisation.removed, rule: "organisation-removed", triggers: names2 });
        if (findings.length === 0) findings.push(this.plain(o2, "text-removed", this.rules.textRemoved));
        return findings;
      }
      /**
       * An item of a list: a bullet or a short line, not a sentence that says something of its own ("External GPT
       * sharing is not supported for …"): no negation, no verb of its own beyond a participle.
       */
      isItem(n2) {
        if (!(isListItem(n2.text) || BULLET_START.test(n2.text)) || n2.negations.length > 0 || /:\s*$/u.test(n2.text)) return false;
        const body = n2.text.replace(BULLET_START, "");
        return BULLET_START.test(n2.text) || !this.lexicon.finiteVerbs.test(body);
      }
      /** A sentence with no flagged term: new or dropped text, or only a date or a number. */
      plain(facts, rule, level) {
        const words2 = facts.text.match(/[\p{L}]+/gu) ?? [];
        const months = new Set(this.lexicon.months.matches(facts.text).map((match) => match.text.toLowerCase()));
        const content = words2.filter((word) => !months.has(word.toLowerCase()));
        if (facts.numbers.length > 0 && content.length <= 3) {
          return { category: "wording", level: "editorial", rule: "numbers-changed", triggers: [facts.text] };
        }
        return { category: "wording", level, rule, triggers: [] };
      }
    };
  }
});

// src/significance/classify.ts
function push(context, finding, path, old, nu) {
  const { lexicon } = context.rules;
  const reason = {
    category: finding.category,
    level: finding.level,
    rule: finding.rule,
    path,
    triggers: finding.triggers,
    message: formatMessage(lexicon.messages, finding),
    messageEn: formatMessage(bundledMessages("en"), finding)
  };
  if (finding.from !== void 0) reason.from = finding.from;
  if (finding.to !== void 0) reason.to = finding.to;
  if (old !== void 0) reason.old = old;
  if (nu !== void 0) reason.new = nu;
  context.reasons.push(reason);
}
function movedSentences(diff) {
  const removed = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Set();
  for (const section of diff.sections) {
    if (!hasChanges(section)) continue;
    for (const part of section.parts) {
      if (part.type === "removed") removed.add(part.old.norm);
      if (part.type === "added" && !isAppendedChangelog(part)) added.add(part.new.norm);
    }
  }
  return new Set([...removed].filter((norm) => added.has(norm)));
}
function scopeOf(section, context) {
  const scope2 = {
    document: context.document,
    recipientHeading: false,
    purposeHeading: false,
    removed: context.removedTexts,
    oldTerms: /* @__PURE__ */ new Set(),
    newTerms: /* @__PURE__ */ new Set(),
    oldNegated: /* @__PURE__ */ new Set(),
    newNegated: /* @__PURE__ */ new Set(),
    touchedTerms: /* @__PURE__ */ new Set(),
    oldPeriods: [],
    touchedPeriods: [],
    oldOrganisations: /* @__PURE__ */ new Set(),
    newOrganisations: /* @__PURE__ */ new Set(),
    oldContacts: /* @__PURE__ */ new Set(),
    retentionHeading: false,
    contactHeading: false,
    processingList: false
  };
  const note = (facts, side, touched) => {
    for (const hit of facts.hits) {
      const { key: key2 } = hit;
      if (hit.negated) (side === "old" ? scope2.oldNegated : scope2.newNegated).add(key2);
      else (side === "old" ? scope2.oldTerms : scope2.newTerms).add(key2);
      if (touched && !hit.negated) scope2.touchedTerms.add(key2);
    }
    for (const name of facts.organisations) (side === "old" ? scope2.oldOrganisations : scope2.newOrganisations).add(name);
    if (side === "old") {
      for (const period of facts.periods) scope2.oldPeriods.push(period);
      for (const contact of facts.contacts) scope2.oldContacts.add(contact);
    }
    if (touched) for (const period of facts.periods) scope2.touchedPeriods.push(period);
  };
  for (const part of section.parts) {
    if (isAppendedChangelog(part)) continue;
    if ("old" in part) note(context.facts.get(part.old), "old", false);
    if ("new" in part) note(context.facts.get(part.new), "new", part.type === "added" || part.type === "changed");
  }
  const heading2 = context.facts.heading([...section.path, section.oldHeading ?? ""].join("\n"));
  scope2.retentionHeading = heading2.retention;
  scope2.recipientHeading = heading2.recipients;
  scope2.purposeHeading = heading2.purposes;
  scope2.contactHeading = heading2.contact;
  const leadIns = section.parts.flatMap((part) => "new" in part ? [part.new.norm] : "old" in part ? [part.old.norm] : []).filter((text) => text.trimEnd().endsWith(":"));
  scope2.processingList = heading2.processing || leadIns.some((text) => context.facts.leadInProcesses(text));
  return scope2;
}
function pairByNumbers(parts, context) {
  const byKey = /* @__PURE__ */ new Map();
  for (const part of parts) {
    if (part.type !== "removed") continue;
    const key2 = context.facts.numberKey(part.old.norm);
    const queue = byKey.get(key2);
    if (queue === void 0) byKey.set(key2, [part]);
    else queue.push(part);
  }
  const taken = /* @__PURE__ */ new Map();
  const result = [];
  const used = /* @__PURE__ */ new Set();
  for (const part of parts) {
    if (used.has(part)) continue;
    if (part.type === "added" && !isAppendedChangelog(part) && /\d/.test(part.new.norm)) {
      const key2 = context.facts.numberKey(part.new.norm);
      const next = taken.get(key2) ?? 0;
      const match = byKey.get(key2)?.[next];
      if (match !== void 0) {
        taken.set(key2, next + 1);
        used.add(match);
        const words2 = diffWords(match.old.norm, part.new.norm).map((change) => ({
          type: change.added ? "added" : change.removed ? "removed" : "kept",
          text: change.value
        }));
        result.push({ type: "changed", old: match.old, new: part.new, words: words2 });
        continue;
      }
    }
    result.push(part);
  }
  return result.filter((part) => !used.has(part));
}
function classifySection(section, context) {
  const { path } = section;
  const structure = (rule, from, to) => {
    const finding = { category: "structure", level: "editorial", rule, triggers: unique2([from, to]) };
    if (from !== void 0) finding.from = from;
    if (to !== void 0) finding.to = to;
    push(context, finding, path);
  };
  if (section.status === "moved" || section.moved === true) structure("moved");
  if (section.status === "renamed") structure("renamed", section.oldHeading, section.heading);
  else if (section.oldHeading !== void 0 && section.oldHeading !== section.heading && section.status !== "removed") {
    structure("renumbered", section.oldHeading, section.heading);
  }
  if (!hasChanges(section) || !section.parts.some((part) => part.type === "changed" || part.type === "added" || part.type === "removed")) return;
  const scope2 = scopeOf(section, context);
  const { facts, rules } = context;
  const restated = new Restatements(section.parts.flatMap((part) => part.type === "removed" || part.type === "changed" ? [facts.get(part.old).text] : []));
  for (const part of pairByNumbers(section.parts, context)) {
    if (part.type === "changed") {
      for (const finding of rules.changed(facts.get(part.old), facts.get(part.new), part.words, scope2)) {
        push(context, finding, path, part.old.raw, part.new.raw);
      }
    } else if (part.type === "added" && !isAppendedChangelog(part)) {
      if (context.moved.has(part.new.norm)) {
        push(context, { category: "structure", level: "editorial", rule: "moved", triggers: [] }, path, void 0, part.new.raw);
        continue;
      }
      if (restated.has(facts.get(part.new).text)) {
        push(context, { category: "wording", level: "editorial", rule: "wording", triggers: [] }, path, void 0, part.new.raw);
        continue;
      }
      for (const finding of rules.added(facts.get(part.new), scope2)) push(context, finding, path, void 0, part.new.raw);
    } else if (part.type === "removed") {
      if (context.moved.has(part.old.norm)) continue;
      if (context.inNewDocument(part.old.norm)) {
        push(context, { category: "structure", level: "editorial", rule: "moved", triggers: [] }, path, part.old.raw);
        continue;
      }
      for (const finding of rules.removed(facts.get(part.old), scope2)) push(context, finding, path, part.old.raw);
    }
  }
}
function shareOf(facts, rules) {
  let share = shares.get(facts);
  if (share !== void 0) return share;
  share = { terms: [], negated: [], organisations: facts.organisations.map((name) => name.toLowerCase()), relations: relationsOf(facts).map((relation) => relation.key), names: ownNameParts([facts]) };
  for (const hit of facts.hits) {
    if (hit.verb === true || !rules.placedInSentence(hit, facts)) continue;
    (hit.negated ? share.negated : share.terms).push(hit.key);
  }
  shares.set(facts, share);
  return share;
}
function sideSentence2(part, side) {
  if (isAppendedChangelog(part)) return void 0;
  return side === "old" ? "old" in part ? part.old : void 0 : "new" in part ? part.new : void 0;
}
function sameSide(parts, side, sentences) {
  let at2 = 0;
  for (const part of parts) {
    const sentence = sideSentence2(part, side);
    if (sentence === void 0) continue;
    if (sentences[at2] !== sentence) return false;
    at2 += 1;
  }
  return at2 === sentences.length;
}
function sideFacts(parts, side, cache2, rules) {
  let first;
  for (let index = 0; first === void 0 && index < parts.length; index += 1) first = sideSentence2(parts[index], side);
  if (first === void 0) return NO_FACTS;
  let byFirst = sideCache.get(cache2);
  if (byFirst === void 0) sideCache.set(cache2, byFirst = /* @__PURE__ */ new WeakMap());
  const known = byFirst.get(first) ?? [];
  const hit = known.find((entry) => sameSide(parts, side, entry.sentences));
  if (hit !== void 0) return hit.facts;
  const found = { terms: /* @__PURE__ */ new Set(), negated: /* @__PURE__ */ new Set(), organisations: /* @__PURE__ */ new Set(), contacts: /* @__PURE__ */ new Set(), relations: /* @__PURE__ */ new Set(), names: { names: /* @__PURE__ */ new Set(), statements: 0, counts: /* @__PURE__ */ new Map() } };
  const sentences = [];
  for (const part of parts) {
    const sentence = sideSentence2(part, side);
    if (sentence === void 0) continue;
    sentences.push(sentence);
    const facts = cache2.get(sentence);
    const share = shareOf(facts, rules);
    for (const key2 of share.terms) found.terms.add(key2);
    for (const key2 of share.negated) found.negated.add(key2);
    for (const name of share.organisations) found.organisations.add(name);
    for (const contact of facts.contacts) found.contacts.add(contact);
    for (const relation of share.relations) found.relations.add(relation);
    addOwnNameParts(found.names, share.names);
  }
  byFirst.set(first, [{ sentences, facts: found }, ...known.slice(0, 3)]);
  return found;
}
function versionFacts(diff, side, cache2, rules) {
  const sides2 = diff.sections.map((section) => sideFacts(section.parts, side, cache2, rules));
  const title = diff.title?.[side];
  const known = versions.find((entry) => entry.title === title && entry.sides.length === sides2.length && entry.sides.every((facts, index) => facts === sides2[index]));
  if (known !== void 0) return known.facts;
  const found = { terms: /* @__PURE__ */ new Set(), negated: /* @__PURE__ */ new Set(), organisations: /* @__PURE__ */ new Set(), contacts: /* @__PURE__ */ new Set(), relations: /* @__PURE__ */ new Set(), own: /* @__PURE__ */ new Set() };
  for (const part of sides2) {
    for (const key2 of ["terms", "negated", "organisations", "contacts", "relations"]) for (const value of part[key2]) found[key2].add(value);
  }
  found.own = ownNamesOf(sides2.map((part) => part.names), [title]);
  versions.unshift({ sides: sides2, title, facts: found });
  if (versions.length > 3) versions.pop();
  return found;
}
function newSentences(diff) {
  const norms = /* @__PURE__ */ new Set();
  for (const section of diff.sections) {
    for (const part of section.parts) if ("new" in part && !isAppendedChangelog(part)) norms.add(part.new.norm);
  }
  return norms;
}
function documentScope(old, nu, own) {
  return {
    oldTerms: old.terms,
    newTerms: nu.terms,
    oldNegated: old.negated,
    newNegated: nu.negated,
    oldOrganisations: old.organisations,
    newOrganisations: nu.organisations,
    oldContacts: old.contacts,
    oldRelations: old.relations,
    own
  };
}
function classifySignificance(diff, options = {}) {
  if (wholeDocumentChange(diff) === "first") return { level: "none", reasons: [], firstVersion: true };
  if (diff.translation !== void 0) return { level: "editorial", reasons: [] };
  if (diff.truncation?.restored !== void 0) return { level: "minor", reasons: [] };
  const extensions = options.lexicons === void 0 ? void 0 : validateExtensions(options.lexicons);
  const rules = loadRules();
  const lexicon = lexiconFor(diff.language, extensions);
  const cache2 = FactsCache.for(lexicon, rules.legalForms);
  const ruleSet = new RuleSet(rules, lexicon);
  let newDocument;
  const oldVersion = versionFacts(diff, "old", cache2, ruleSet);
  const newVersion = versionFacts(diff, "new", cache2, ruleSet);
  const own = /* @__PURE__ */ new Set([...oldVersion.own, ...newVersion.own]);
  const filtered = /* @__PURE__ */ new Map();
  const facts = {
    get: (sentence) => {
      const read = cache2.get(sentence);
      let found = filtered.get(read);
      if (found === void 0) {
        found = withoutOwnNames(read, own);
        filtered.set(read, found);
      }
      return found;
    },
    heading: (text) => cache2.heading(text),
    leadInProcesses: (text) => cache2.leadInProcesses(text),
    numberKey: (text) => cache2.numberKey(text)
  };
  const context = {
    diff,
    facts,
    document: documentScope(oldVersion, newVersion, own),
    rules: ruleSet,
    reasons: [],
    moved: movedSentences(diff),
    inNewDocument: (norm) => (newDocument ??= newSentences(diff)).has(norm),
    removedTexts: diff.sections.flatMap((section) => section.parts.flatMap((part) => part.type === "removed" || part.type === "changed" ? [facts.get(part.old).text] : []))
  };
  if (diff.title !== void 0 && diff.title.old !== diff.title.new) {
    const finding = { category: "structure", level: "editorial", rule: "title", triggers: unique2([diff.title.old, diff.title.new]) };
    if (diff.title.old !== void 0) finding.from = diff.title.old;
    if (diff.title.new !== void 0) finding.to = diff.title.new;
    push(context, finding, []);
  }
  if (wholeDocumentChange(diff) === "deleted") {
    push(context, { category: "structure", level: "significant", rule: "policy-removed", triggers: unique2([diff.title?.old]) }, []);
  }
  for (const section of diff.sections) classifySection(section, context);
  if (diff.policyChangelog.length > 0) {
    const triggers = diff.policyChangelog.map((line) => line.text.startsWith(line.date) ? line.text : `${line.date} ${line.text}`);
    push(context, { category: "structure", level: "editorial", rule: "changelog", triggers }, []);
  }
  const reasons = context.reasons.sort((a2, b) => levelRank(b.level) - levelRank(a2.level));
  const significance = { level: maxLevel(reasons.map((reason) => reason.level)), reasons };
  if (reasons.length > 0) significance.findings = noticeFindings(significance, lexicon.language);
  return significance;
}
function withSignificance(diff, options = {}) {
  return { ...diff, significance: classifySignificance(diff, options) };
}
var isAppendedChangelog, hasChanges, letters, MAX_RESTATED_CANDIDATES, Restatements, unique2, shares, NO_FACTS, sideCache, versions;
var init_classify = __esm({
  "src/significance/classify.ts"() {
    "use strict";
    init_libesm();
    init_facts();
    init_lexicon();
    init_messages();
    init_rules();
    init_notice();
    init_own_names();
    init_diff();
    isAppendedChangelog = (part) => part.type === "added" && part.selfChangelog === true;
    hasChanges = (section) => section.changes.length > 0;
    letters = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
    MAX_RESTATED_CANDIDATES = 64;
    Restatements = class {
      texts;
      byTrigram = /* @__PURE__ */ new Map();
      constructor(oldTexts) {
        this.texts = oldTexts.map((old) => ` ${letters(old)} `);
        this.texts.forEach((text, index) => {
          const words2 = text.trim().split(" ");
          for (let at2 = 0; at2 + 3 <= words2.length; at2 += 1) {
            const trigram = `${words2[at2]} ${words2[at2 + 1]} ${words2[at2 + 2]}`;
            const found = this.byTrigram.get(trigram);
            if (found === void 0) this.byTrigram.set(trigram, [index]);
            else if (found.at(-1) !== index) found.push(index);
          }
        });
      }
      /** `text`'s words, three or more, stand in order inside one of the old sentences. */
      has(text) {
        const words2 = letters(text);
        const list = words2.split(" ");
        if (list.length < 3) return false;
        let rarest;
        for (let at2 = 0; at2 + 3 <= list.length; at2 += 1) {
          const found = this.byTrigram.get(`${list[at2]} ${list[at2 + 1]} ${list[at2 + 2]}`);
          if (found === void 0) return false;
          if (rarest === void 0 || found.length < rarest.length) rarest = found;
        }
        return rarest.slice(0, MAX_RESTATED_CANDIDATES).some((index) => this.texts[index].includes(` ${words2} `));
      }
    };
    unique2 = (values2) => [...new Set(values2.filter((value) => value !== void 0 && value !== ""))];
    shares = /* @__PURE__ */ new WeakMap();
    NO_FACTS = { terms: /* @__PURE__ */ new Set(), negated: /* @__PURE__ */ new Set(), organisations: /* @__PURE__ */ new Set(), contacts: /* @__PURE__ */ new Set(), relations: /* @__PURE__ */ new Set(), names: { names: /* @__PURE__ */ new Set(), statements: 0, counts: /* @__PURE__ */ new Map() } };
    sideCache = /* @__PURE__ */ new WeakMap();
    versions = [];
  }
});

// src/cli/significance.ts
function significanceOptions(context) {
  return context.config.significance === void 0 ? {} : { lexicons: context.config.significance };
}
function classified(diff, options = {}) {
  return withSignificance(diff, options);
}
function checkFailOn(diffs, failOn) {
  checkFailOnLevels(diffs.map((diff) => diff.significance?.level ?? "none"), failOn);
}
function checkFailOnLevels(levels, failOn) {
  const reached = failOnReached(levels, failOn);
  if (reached !== void 0) throw new PolicydiffError("threshold", reached);
}
function failOnReached(levels, failOn) {
  if (failOn === void 0) return void 0;
  const highest = levels.reduce((max, level) => ORDER2.indexOf(level) > ORDER2.indexOf(max) ? level : max, "none");
  return ORDER2.indexOf(highest) >= ORDER2.indexOf(failOn) ? `the change is ${highest}, which reaches --fail-on ${failOn}` : void 0;
}
var ORDER2, failOnOption;
var init_significance = __esm({
  "src/cli/significance.ts"() {
    "use strict";
    init_esm();
    init_errors();
    init_classify();
    ORDER2 = ["none", "editorial", "minor", "significant"];
    failOnOption = (what = "the change") => new Option("--fail-on <level>", `exit with code 1 when ${what} is at least this significant (for CI)`).choices(["significant", "minor", "editorial"]);
  }
});

// src/entries/chapters.ts
function namedLevel(sections) {
  let documents = 0;
  let children = 0;
  let numberedFromOne = false;
  let inTop = false;
  const close = () => {
    if (inTop && children >= 3 && numberedFromOne) documents += 1;
  };
  for (const section of sections) {
    if (section.level === 1) {
      close();
      [inTop, children, numberedFromOne] = [true, 0, false];
    } else if (section.level === 2 && inTop) {
      if (children === 0) numberedFromOne = FIRST_CHAPTER.test(section.heading);
      children += 1;
    }
  }
  close();
  return documents >= 2 ? 2 : 1;
}
function namedChapters(sections) {
  const level = namedLevel(sections);
  const chapters2 = sections.filter((section) => section.level <= level);
  const partOf = /* @__PURE__ */ new Map();
  let part;
  for (const chapter of chapters2) {
    if (chapter.level === 1) part = chapter;
    else if (chapter.level === 2 && part !== void 0) partOf.set(chapter, part);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const chapter of partOf.keys()) seen.set(chapterName(chapter.heading), (seen.get(chapterName(chapter.heading)) ?? 0) + 1);
  const nameOf = (chapter) => {
    const name = chapterName(chapter.heading);
    const document = partOf.get(chapter);
    return document !== void 0 && (seen.get(name) ?? 0) > 1 ? `${name} (${chapterName(document.heading)})` : name;
  };
  return { chapters: chapters2, partOf, nameOf };
}
function chapterAt2(chapters2, side, index) {
  let found;
  for (const chapter of chapters2) {
    const at2 = chapter[side];
    if (at2 !== void 0 && at2 <= index && (found === void 0 || at2 > found[side])) found = chapter;
  }
  return found;
}
function chapterChanges(diff) {
  const { chapters: chapters2, partOf, nameOf } = namedChapters(diff.sections);
  const named2 = new Set(chapters2);
  const updated = /* @__PURE__ */ new Set();
  const markUpdated = (chapter) => {
    if (chapter !== void 0 && chapter.status !== "added" && chapter.status !== "removed") updated.add(chapter);
  };
  for (const section of diff.sections) {
    if (named2.has(section)) {
      if (section.modified) markUpdated(section);
      continue;
    }
    if (section.status === "unchanged" && !section.modified) continue;
    if (section.newIndex !== void 0) markUpdated(chapterAt2(chapters2, "newIndex", section.newIndex));
    if (section.oldIndex !== void 0) markUpdated(chapterAt2(chapters2, "oldIndex", section.oldIndex));
  }
  const withStatus = (status) => chapters2.filter((chapter) => chapter.level >= 1 && chapter.status === status && partOf.get(chapter)?.status !== status);
  const changes = {
    updated: once(
      chapters2.filter((chapter) => updated.has(chapter)).map((chapter) => chapter.level === 0 ? { preamble: true } : { heading: nameOf(chapter) }),
      (name) => "preamble" in name ? "" : name.heading
    ),
    added: once(withStatus("added").map(nameOf)),
    removed: once(withStatus("removed").map(nameOf)),
    renamed: once(
      withStatus("renamed").map((chapter) => ({ from: chapterName(chapter.oldHeading ?? ""), to: nameOf(chapter) })),
      ({ from, to }) => `${from}\0${to}`
    ),
    moved: once(
      chapters2.filter((chapter) => chapter.level >= 1 && (chapter.status === "moved" || chapter.status === "renamed" && chapter.moved === true)).map(nameOf)
    )
  };
  if (diff.title?.new !== void 0) changes.title = diff.title.new;
  return changes;
}
function mergeChapterChanges(list) {
  const nameKey = (name) => "preamble" in name ? "\0preamble" : name.heading;
  const added = once(list.flatMap((changes) => changes.added), String);
  const merged = {
    updated: once(list.flatMap((changes) => changes.updated), nameKey).filter((name) => !("heading" in name && added.includes(name.heading))),
    added,
    removed: once(list.flatMap((changes) => changes.removed), String),
    renamed: once(list.flatMap((changes) => changes.renamed), ({ from, to }) => `${from}\0${to}`),
    moved: once(list.flatMap((changes) => changes.moved), String)
  };
  const title = list.find((changes) => changes.title !== void 0)?.title;
  if (title !== void 0) merged.title = title;
  return merged;
}
var chapterName, FIRST_CHAPTER, once;
var init_chapters = __esm({
  "src/entries/chapters.ts"() {
    "use strict";
    chapterName = (heading2) => heading2.trim().replace(/\s*:$/, "");
    FIRST_CHAPTER = /^(?:(?:section|article|chapitre|chapter|kapitel|abschnitt|artikel|luku)\s+)?1(?:[.:)]|\s)/iu;
    once = (items, key2 = String) => items.filter((item, index) => items.findIndex((other) => key2(other) === key2(item)) === index);
  }
});

// src/entries/templates.ts
function baseLanguage(language) {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return base === "no" ? "nb" : base;
}
function templatesFor(language) {
  const templates = TEMPLATES[baseLanguage(language)];
  if (templates === void 0) {
    throw usageError(
      `no changelog templates for language ${JSON.stringify(language)}: use --lang en (templates exist for ${Object.keys(TEMPLATES).join(", ")})`
    );
  }
  return templates;
}
var sv, en, fi, de2, fr, da, nb, TEMPLATES;
var init_templates = __esm({
  "src/entries/templates.ts"() {
    "use strict";
    init_errors();
    sv = {
      updated: ["uppdaterade kapitel", "uppdaterade kapitel"],
      added: ["nya kapitel", "nya kapitel"],
      removed: ["borttagna kapitel", "borttagna kapitel"],
      renamed: ["omd\xF6pta kapitel", "omd\xF6pta kapitel"],
      moved: ["flyttade kapitel", "flyttade kapitel"],
      title: "ny titel",
      firstVersion: "F\xF6rsta versionen.",
      deleted: "Policyn togs bort.",
      translated: "Policyn publiceras nu p\xE5 {to} (tidigare {from}).",
      truncated: "St\xF6rsta delen av texten togs bort ({before} \u2192 {after} tecken).",
      truncatedRestored: "St\xF6rsta delen av texten saknades i den h\xE4r versionen ({before} \u2192 {after} tecken); den var tillbaka den {date}.",
      restored: "Texten \xE4r tillbaka som den var den {date} ({before} \u2192 {after} tecken).",
      restoredChanged: "Texten \xE4r tillbaka ({before} \u2192 {after} tecken). J\xE4mf\xF6rt med den {date}:",
      sameAs: "Texten \xE4r \xE5ter som den var den {date}.",
      undone: "\xC5terst\xE4llt den {date}.",
      preamble: "Inledning",
      opening: "Inledande text",
      and: "och",
      colon: ": ",
      semicolon: "; ",
      storeIntro: "Vi har uppdaterat v\xE5r sekretesspolicy.",
      storeMore: "Fler \xE4ndringar: se sekretesspolicyn.",
      noticeMore: "Och {n} till.",
      namesMore: "{n} till"
    };
    en = {
      updated: ["updated section", "updated sections"],
      added: ["new section", "new sections"],
      removed: ["removed section", "removed sections"],
      renamed: ["renamed section", "renamed sections"],
      moved: ["moved section", "moved sections"],
      title: "new title",
      firstVersion: "First version.",
      deleted: "Policy removed.",
      translated: "Policy now published in {to} (was {from}).",
      truncated: "Most of the text was removed ({before} \u2192 {after} characters).",
      truncatedRestored: "Most of the text was missing from this version ({before} \u2192 {after} characters); it was back on {date}.",
      restored: "The text is back as it was on {date} ({before} \u2192 {after} characters).",
      restoredChanged: "The text is back ({before} \u2192 {after} characters). Compared with {date}:",
      sameAs: "The text is again as it was on {date}.",
      undone: "Undone on {date}.",
      preamble: "Introduction",
      opening: "Opening text",
      and: "and",
      colon: ": ",
      semicolon: "; ",
      storeIntro: "We have updated our privacy policy.",
      storeMore: "More changes: see the privacy policy.",
      noticeMore: "And {n} more.",
      namesMore: "{n} more"
    };
    fi = {
      updated: ["p\xE4ivitetty luku", "p\xE4ivitetyt luvut"],
      added: ["uusi luku", "uudet luvut"],
      removed: ["poistettu luku", "poistetut luvut"],
      renamed: ["uudelleennimetty luku", "uudelleennimetyt luvut"],
      moved: ["siirretty luku", "siirretyt luvut"],
      title: "uusi otsikko",
      firstVersion: "Ensimm\xE4inen versio.",
      deleted: "Seloste poistettiin.",
      translated: "Seloste julkaistaan nyt kielell\xE4 {to} (aiemmin {from}).",
      truncated: "Suurin osa tekstist\xE4 poistettiin ({before} \u2192 {after} merkki\xE4).",
      truncatedRestored: "Suurin osa tekstist\xE4 puuttui t\xE4st\xE4 versiosta ({before} \u2192 {after} merkki\xE4); se palasi {date}.",
      restored: "Teksti on palannut sellaisena kuin se oli {date} ({before} \u2192 {after} merkki\xE4).",
      restoredChanged: "Teksti on palannut ({before} \u2192 {after} merkki\xE4). Verrattuna versioon {date}:",
      sameAs: "Teksti on taas sellainen kuin se oli {date}.",
      undone: "Peruttu {date}.",
      preamble: "Johdanto",
      opening: "Aloitusteksti",
      and: "ja",
      colon: ": ",
      semicolon: "; ",
      storeIntro: "Olemme p\xE4ivitt\xE4neet tietosuojaselosteemme.",
      storeMore: "Lis\xE4\xE4 muutoksia: katso tietosuojaseloste.",
      noticeMore: "Sek\xE4 {n} muuta.",
      namesMore: "{n} muuta"
    };
    de2 = {
      updated: ["aktualisierter Abschnitt", "aktualisierte Abschnitte"],
      added: ["neuer Abschnitt", "neue Abschnitte"],
      removed: ["entfernter Abschnitt", "entfernte Abschnitte"],
      renamed: ["umbenannter Abschnitt", "umbenannte Abschnitte"],
      moved: ["verschobener Abschnitt", "verschobene Abschnitte"],
      title: "neuer Titel",
      firstVersion: "Erste Fassung.",
      deleted: "Die Erkl\xE4rung wurde entfernt.",
      translated: "Die Erkl\xE4rung wird jetzt auf {to} ver\xF6ffentlicht (zuvor {from}).",
      truncated: "Der gr\xF6\xDFte Teil des Textes wurde entfernt ({before} \u2192 {after} Zeichen).",
      truncatedRestored: "Der gr\xF6\xDFte Teil des Textes fehlte in dieser Version ({before} \u2192 {after} Zeichen); am {date} war er wieder da.",
      restored: "Der Text ist wieder da, wie er am {date} war ({before} \u2192 {after} Zeichen).",
      restoredChanged: "Der Text ist wieder da ({before} \u2192 {after} Zeichen). Im Vergleich zum {date}:",
      sameAs: "Der Text ist wieder so, wie er am {date} war.",
      undone: "Am {date} r\xFCckg\xE4ngig gemacht.",
      preamble: "Einleitung",
      opening: "Vorspann",
      and: "und",
      colon: ": ",
      semicolon: "; ",
      storeIntro: "Wir haben unsere Datenschutzerkl\xE4rung aktualisiert.",
      storeMore: "Weitere \xC4nderungen: siehe Datenschutzerkl\xE4rung.",
      noticeMore: "Und {n} weitere.",
      namesMore: "{n} weitere"
    };
    fr = {
      updated: ["section mise \xE0 jour", "sections mises \xE0 jour"],
      added: ["nouvelle section", "nouvelles sections"],
      removed: ["section supprim\xE9e", "sections supprim\xE9es"],
      renamed: ["section renomm\xE9e", "sections renomm\xE9es"],
      moved: ["section d\xE9plac\xE9e", "sections d\xE9plac\xE9es"],
      title: "nouveau titre",
      firstVersion: "Premi\xE8re version.",
      deleted: "Politique supprim\xE9e.",
      translated: "La politique est d\xE9sormais publi\xE9e en {to} (auparavant en {from}).",
      truncated: "La majeure partie du texte a \xE9t\xE9 supprim\xE9e ({before} \u2192 {after} caract\xE8res).",
      truncatedRestored: "La majeure partie du texte manquait dans cette version ({before} \u2192 {after} caract\xE8res) ; il \xE9tait de retour le {date}.",
      restored: "Le texte est de retour tel qu\u2019il \xE9tait le {date} ({before} \u2192 {after} caract\xE8res).",
      restoredChanged: "Le texte est de retour ({before} \u2192 {after} caract\xE8res). Par rapport au {date} :",
      sameAs: "Le texte est de nouveau tel qu\u2019il \xE9tait le {date}.",
      undone: "Annul\xE9 le {date}.",
      preamble: "Introduction",
      opening: "Texte d\u2019ouverture",
      and: "et",
      colon: " : ",
      semicolon: " ; ",
      storeIntro: "Nous avons mis \xE0 jour notre politique de confidentialit\xE9.",
      storeMore: "Autres modifications : voir la politique de confidentialit\xE9.",
      noticeMore: "Et {n} de plus.",
      namesMore: "{n} autres"
    };
    da = {
      updated: ["opdateret afsnit", "opdaterede afsnit"],
      added: ["nyt afsnit", "nye afsnit"],
      removed: ["fjernet afsnit", "fjernede afsnit"],
      renamed: ["omd\xF8bt afsnit", "omd\xF8bte afsnit"],
      moved: ["flyttet afsnit", "flyttede afsnit"],
      title: "ny titel",
      firstVersion: "F\xF8rste version.",
      deleted: "Politikken blev fjernet.",
      translated: "Politikken offentligg\xF8res nu p\xE5 {to} (tidligere {from}).",
      truncated: "St\xF8rstedelen af teksten blev fjernet ({before} \u2192 {after} tegn).",
      truncatedRestored: "St\xF8rstedelen af teksten manglede i denne version ({before} \u2192 {after} tegn); den var tilbage den {date}.",
      restored: "Teksten er tilbage, som den var den {date} ({before} \u2192 {after} tegn).",
      restoredChanged: "Teksten er tilbage ({before} \u2192 {after} tegn). Sammenlignet med den {date}:",
      sameAs: "Teksten er igen, som den var den {date}.",
      undone: "Fortrudt den {date}.",
      preamble: "Indledning",
      opening: "Indledende tekst",
      and: "og",
      colon: ": ",
      semicolon: "; ",
      storeIntro: "Vi har opdateret vores privatlivspolitik.",
      storeMore: "Flere \xE6ndringer: se privatlivspolitikken.",
      noticeMore: "Og {n} mere.",
      namesMore: "{n} flere"
    };
    nb = {
      updated: ["oppdatert kapittel", "oppdaterte kapitler"],
      added: ["nytt kapittel", "nye kapitler"],
      removed: ["fjernet kapittel", "fjernede kapitler"],
      renamed: ["omd\xF8pt kapittel", "omd\xF8pte kapitler"],
      moved: ["flyttet kapittel", "flyttede kapitler"],
      title: "ny tittel",
      firstVersion: "F\xF8rste versjon.",
      deleted: "Erkl\xE6ringen ble fjernet.",
      translated: "Erkl\xE6ringen publiseres n\xE5 p\xE5 {to} (tidligere {from}).",
      truncated: "Det meste av teksten ble fjernet ({before} \u2192 {after} tegn).",
      truncatedRestored: "Det meste av teksten manglet i denne versjonen ({before} \u2192 {after} tegn); den var tilbake {date}.",
      restored: "Teksten er tilbake slik den var {date} ({before} \u2192 {after} tegn).",
      restoredChanged: "Teksten er tilbake ({before} \u2192 {after} tegn). Sammenlignet med {date}:",
      sameAs: "Teksten er igjen slik den var {date}.",
      undone: "Tilbakestilt {date}.",
      preamble: "Innledning",
      opening: "Innledende tekst",
      and: "og",
      colon: ": ",
      semicolon: "; ",
      storeIntro: "Vi har oppdatert personvernerkl\xE6ringen v\xE5r.",
      storeMore: "Flere endringer: se personvernerkl\xE6ringen.",
      noticeMore: "Og {n} til.",
      namesMore: "{n} til"
    };
    TEMPLATES = { sv, en, fi, de: de2, fr, da, nb };
  }
});

// src/entries/trailers.ts
function values(trailers, key2) {
  return Object.entries(trailers).flatMap(([name, list]) => name.toLowerCase() === key2 ? [...list] : []);
}
function commitOverrides(commits, classified2) {
  const notes = [];
  let level;
  const problems = [];
  const silent = [];
  for (const commit of commits) {
    for (const note of values(commit.trailers, "policy-note")) {
      if (note.trim() !== "") notes.push(note.trim());
    }
    let said = false;
    for (const raw of values(commit.trailers, "policy-significance")) {
      const value = raw.trim().toLowerCase();
      if (isLevel(value)) {
        level = value;
        said = true;
      } else {
        problems.push(`${commitName(commit)}: "Policy-Significance: ${raw.trim()}" is not one of ${SIGNIFICANCE_LEVELS.join(", ")}; it was ignored`);
      }
    }
    if (!said) silent.push(commit);
  }
  if (level !== void 0 && classified2 !== void 0 && silent.length > 0 && rank2(level) < rank2(classified2)) {
    problems.push(
      `"Policy-Significance: ${level}" was not applied: ${silent.map(commitName).join(", ")} of the same change says no level, so it stays ${classified2} (give every commit the trailer to lower it)`
    );
    level = void 0;
  }
  const overrides = { problems };
  if (notes.length > 0) overrides.note = notes.join(" ");
  if (level !== void 0) overrides.level = level;
  return overrides;
}
function changeOverrides(change) {
  const commits = change.commits.map((commit) => ({ hash: commit.hash, trailers: commit.trailers ?? {} }));
  return commitOverrides(commits, change.diff.significance?.level);
}
function changeLevel(change) {
  return changeOverrides(change).level ?? change.diff.significance?.level ?? "none";
}
var SIGNIFICANCE_LEVELS, isLevel, rank2, commitName, commitTrailers;
var init_trailers = __esm({
  "src/entries/trailers.ts"() {
    "use strict";
    init_git_parse();
    SIGNIFICANCE_LEVELS = ["none", "editorial", "minor", "significant"];
    isLevel = (value) => SIGNIFICANCE_LEVELS.includes(value);
    rank2 = (level) => SIGNIFICANCE_LEVELS.indexOf(level);
    commitName = (commit) => commit.hash === void 0 ? "a commit" : `commit ${commit.hash.slice(0, 7)}`;
    commitTrailers = (commit) => ({
      hash: commit.hash,
      trailers: trailerRecord(commit.trailers)
    });
  }
});

// src/entries/entry.ts
function capitalize(text, language) {
  const first = text.codePointAt(0);
  if (first === void 0) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(language) + text.slice(head.length);
}
function joinNames(names2, templates) {
  if (names2.length <= 1) return names2[0] ?? "";
  return `${names2.slice(0, -1).join(", ")} ${templates.and} ${names2.at(-1)}`;
}
function labelledChapters(changes, templates) {
  const named2 = [...changes.updated.flatMap((chapter) => "heading" in chapter ? [chapter.heading] : []), ...changes.added, ...changes.removed, ...changes.moved, ...changes.renamed.flatMap(({ from, to }) => [from, to])];
  const clash = named2.some((name) => name.toLocaleLowerCase() === templates.preamble.toLocaleLowerCase());
  const preamble = clash ? templates.opening : templates.preamble;
  return [
    { label: templates.updated, names: changes.updated.map((chapter) => "preamble" in chapter ? preamble : chapter.heading) },
    { label: templates.added, names: changes.added },
    { label: templates.removed, names: changes.removed },
    { label: templates.renamed, names: changes.renamed.map(({ from, to }) => `${from} \u2192 ${to}`) },
    { label: templates.moved, names: changes.moved }
  ].filter((list) => list.names.length > 0);
}
function namesShown(names2, most, templates) {
  if (names2.length <= most) return names2;
  const shown = names2.slice(0, Math.max(1, most - 1));
  return [...shown, templates.namesMore.replace("{n}", String(names2.length - shown.length))];
}
function entryParts(changes, templates) {
  const lists = labelledChapters(changes, templates);
  let parts = [];
  for (let most = MAX_NAMES; most >= 1; most -= 1) {
    parts = lists.map(({ label, names: names2 }) => labelledPart(label, namesShown(names2, most, templates), templates));
    if (parts.join(templates.semicolon).length <= MAX_LISTS_LENGTH) break;
  }
  if (changes.title !== void 0) parts.push(`${templates.title}${templates.colon}${changes.title}`);
  return parts;
}
function noticeOf2(significance, language) {
  const notice = noticeOf(significance, language);
  if (notice === void 0 || notice.shown.length === 0) return void 0;
  const sentences = notice.shown.map((finding) => endSentence(finding.message.trim()));
  if (notice.more > 0) sentences.push(templatesFor(messagesLanguage(language)).noticeMore.replace("{n}", String(notice.more)));
  return sentences.join(" ");
}
function sizesSentence(template2, before, after, day, language, pattern) {
  const number = new Intl.NumberFormat(language);
  const text = template2.replace("{before}", number.format(before)).replace("{after}", number.format(after));
  return day === void 0 ? text : text.replace("{date}", formatDate(toIsoDate(day), pattern));
}
function wholeTextChange(diff, templates, language, pattern, hasParts) {
  if (diff.translation !== void 0) {
    const names2 = new Intl.DisplayNames([language], { type: "language", fallback: "code" });
    return templates.translated.replace("{to}", names2.of(diff.translation.to) ?? diff.translation.to).replace("{from}", names2.of(diff.translation.from) ?? diff.translation.from);
  }
  if (diff.truncation !== void 0) {
    const { oldChars, newChars, restored } = diff.truncation;
    return sizesSentence(restored === void 0 ? templates.truncated : templates.truncatedRestored, oldChars, newChars, restored, language, pattern);
  }
  if (diff.sameAs !== void 0) return templates.sameAs.replace("{date}", formatDate(toIsoDate(diff.sameAs), pattern));
  if (diff.restoration !== void 0 && !hasParts) {
    const { truncatedChars, chars, since } = diff.restoration;
    return sizesSentence(templates.restored, truncatedChars, chars, since, language, pattern);
  }
  return void 0;
}
function restoredPrefix(diff, templates, language, pattern) {
  if (diff.restoration === void 0) return "";
  const { truncatedChars, chars, since } = diff.restoration;
  return `${sizesSentence(templates.restoredChanged, truncatedChars, chars, since, language, pattern)} `;
}
function buildEntry(diff, options) {
  const language = baseLanguage(options.language ?? diff.language);
  const templates = templatesFor(options.language ?? diff.language);
  const pattern = typeof options.dateFormat === "object" ? options.dateFormat : parseDateFormat(options.dateFormat ?? DEFAULT_DATE_FORMAT);
  const date = toIsoDate(options.date);
  const overrides = commitOverrides(options.commits ?? [], options.significance?.level);
  const level = overrides.level ?? options.significance?.level;
  if (overrides.level === "none") return void 0;
  const chapters2 = chapterChanges(diff);
  const document = wholeDocumentChange(diff);
  const lowerParts = entryParts(chapters2, templates);
  const wholeText = diff.translation !== void 0 || diff.truncation !== void 0 || diff.restoration !== void 0 || diff.sameAs !== void 0;
  if (lowerParts.length === 0 && overrides.note === void 0 && document === void 0 && !wholeText) return void 0;
  const dateText = formatDate(date, pattern);
  const whole = document === void 0 ? wholeTextChange(diff, templates, language, pattern, lowerParts.length > 0) : void 0;
  const generated = document === "first" ? templates.firstVersion : document === "deleted" ? templates.deleted : whole ?? restoredPrefix(diff, templates, language, pattern) + endSentence(capitalize(lowerParts.join(templates.semicolon), language)) + undoneSuffix(diff, templates, pattern);
  const text = overrides.note ?? generated;
  const entry = {
    date,
    dateText,
    text,
    line: `${dateText} ${text}`,
    parts: document === void 0 && whole === void 0 ? lowerParts.map((part) => partSentence(part, language)) : [generated],
    levelSetByCommit: overrides.level !== void 0,
    note: overrides.note !== void 0,
    language,
    chapters: chapters2,
    problems: overrides.problems
  };
  if (level !== void 0) entry.level = level;
  if (document !== void 0) entry.document = document;
  if (overrides.level !== void 0) entry.override = `(level set by the commit: ${overrides.level})`;
  const notice = level === "significant" && overrides.note === void 0 && document === void 0 && whole === void 0 ? noticeOf2(options.significance, language) : void 0;
  if (notice !== void 0) entry.notice = notice;
  return entry;
}
var endSentence, labelledPart, partSentence, MAX_NAMES, MAX_LISTS_LENGTH, undoneSuffix, entryText;
var init_entry = __esm({
  "src/entries/entry.ts"() {
    "use strict";
    init_notice();
    init_diff();
    init_chapters();
    init_dates();
    init_templates();
    init_trailers();
    endSentence = (text) => /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
    labelledPart = (label, names2, templates) => `${label[names2.length === 1 ? 0 : 1]}${templates.colon}${joinNames(names2, templates)}`;
    partSentence = (part, language) => endSentence(capitalize(part, language));
    MAX_NAMES = 6;
    MAX_LISTS_LENGTH = 360;
    undoneSuffix = (diff, templates, pattern) => diff.undone === void 0 ? "" : ` ${templates.undone.replace("{date}", formatDate(toIsoDate(diff.undone), pattern))}`;
    entryText = (entry) => entry.notice === void 0 ? entry.line : `${entry.line}

${entry.notice}`;
  }
});

// src/entries/lines.ts
function splitLines2(text) {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}
function lineBreakOf(text) {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
function refuseConflicts(lines, fileName) {
  const at2 = lines.findIndex((line) => CONFLICT_MARKER.test(lineContent(line)));
  if (at2 === -1) return;
  throw new PolicydiffError(
    "write",
    `${fileName} has an unresolved merge conflict (line ${at2 + 1}: ${quote(lineContent(lines[at2]), 40)}): resolve it and run policydiff again`
  );
}
function insertLines(lines, insertions, eol) {
  const byIndex = /* @__PURE__ */ new Map();
  for (const insertion of insertions) byIndex.set(insertion.at, [...byIndex.get(insertion.at) ?? [], ...insertion.lines]);
  let out = "";
  for (let index = 0; index <= lines.length; index += 1) {
    const added = byIndex.get(index);
    if (added !== void 0 && added.length > 0) {
      if (index === lines.length && index > 0 && !hasLineBreak(lines[index - 1])) {
        out += eol + added.join(eol);
      } else {
        out += added.map((line) => line + eol).join("");
      }
    }
    if (index < lines.length) out += lines[index];
  }
  return out;
}
function byteLines(body, encoding) {
  const unit = encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 1;
  const codeAt = (at2) => unit === 1 ? body[at2] : encoding === "utf-16le" ? body[at2] | body[at2 + 1] << 8 : body[at2] << 8 | body[at2 + 1];
  const lines = [];
  let start = 0;
  for (let at2 = 0; at2 + unit <= body.length; at2 += unit) {
    const code = codeAt(at2);
    if (code !== 10 && code !== 13) continue;
    const end = at2;
    if (code === 13 && at2 + 2 * unit <= body.length && codeAt(at2 + unit) === 10) at2 += unit;
    lines.push({ content: body.subarray(start, end), whole: body.subarray(start, at2 + unit) });
    start = at2 + unit;
  }
  if (start < body.length) lines.push({ content: body.subarray(start), whole: body.subarray(start) });
  return lines;
}
function editedBytes(original, encoding, edited, fileName) {
  const mark = byteOrderMark(original, encoding);
  const oldLines = splitLines2(decodeAs(original, encoding));
  const oldBytes = byteLines(original.subarray(mark.length), encoding);
  const refuse = (why) => new PolicydiffError("write", `cannot write ${fileName} in its encoding: ${why}: save the file as UTF-8 and run again`);
  if (oldBytes.length !== oldLines.length) throw refuse(`its lines cannot be told apart as ${ENCODING_NAMES[encoding]}`);
  const encode = (text, line) => {
    try {
      return encodeAs(text, encoding);
    } catch (error) {
      if (!(error instanceof UnencodableError)) throw error;
      throw refuse(`it is ${ENCODING_NAMES[encoding]}, which has no ${JSON.stringify(error.character)} (in the added line ${quote(lineContent(line), 60)})`);
    }
  };
  const parts = [mark];
  let at2 = 0;
  let removed = [];
  for (const change of diffArrays(oldLines, splitLines2(edited))) {
    if (change.removed) {
      removed = Array.from({ length: change.count }, (_2, index) => at2 + index);
      at2 += change.count;
      continue;
    }
    if (!change.added) {
      for (let index = 0; index < change.count; index += 1) parts.push(oldBytes[at2++].whole);
      removed = [];
      continue;
    }
    for (const line of change.value) {
      const same = removed.length > 0 && lineContent(oldLines[removed[0]]) === lineContent(line) ? removed.shift() : void 0;
      parts.push(same === void 0 ? encode(line, line) : Buffer.concat([oldBytes[same].content, encode(line.slice(lineContent(line).length), line)]));
    }
    removed = [];
  }
  const bytes = Buffer.concat(parts);
  const readBack = textEncoding(bytes);
  if (readBack === void 0 || decodeAs(bytes, readBack) !== edited) throw refuse(`read back as ${ENCODING_NAMES[readBack ?? encoding]}, the file would not be the text policydiff wrote`);
  return bytes;
}
var lineContent, hasLineBreak, CONFLICT_MARKER;
var init_lines = __esm({
  "src/entries/lines.ts"() {
    "use strict";
    init_libesm();
    init_decode();
    init_errors();
    lineContent = (line) => line.replace(/(?:\r\n|\n|\r)$/, "");
    hasLineBreak = (line) => /[\r\n]$/.test(line);
    CONFLICT_MARKER = /^(?:<{7}|>{7}|\|{7})(?:[ \t]|$)/;
  }
});

// src/entries/policy-list.ts
function locate(section) {
  const located = { section, entries: [], lastLine: section.line };
  const visit = (node) => {
    for (const block of node.blocks) {
      located.lastLine = Math.max(located.lastLine, block.line + block.raw.split("\n").length - 1);
      for (const entry of changeListEntries(block.raw)) located.entries.push({ first: block.line + entry.firstLine, last: block.line + entry.lastLine, dateText: entry.date });
    }
    for (const child of node.children) {
      located.lastLine = Math.max(located.lastLine, child.line);
      visit(child);
    }
  };
  visit(section);
  return located;
}
function namesChangeList(heading2) {
  for (const match of heading2.matchAll(new RegExp(CHANGE_LIST_HEADING.source, "giu"))) {
    if (match.index === 0 || !new RegExp("\\p{L}", "u").test(heading2[match.index - 1])) return true;
  }
  return false;
}
function locateList(sections, options, name) {
  const all = [];
  const visit = (list) => list.forEach((section) => (all.push(section), visit(section.children)));
  visit(sections);
  if (options.heading !== void 0) {
    const key2 = headingKey(options.heading);
    const section = all.find((candidate) => headingKey(candidate.heading) === key2);
    if (section === void 0) throw inputError(`${name} has no heading ${quote(options.heading)}: check --change-list-heading`);
    return locate(section);
  }
  const named2 = all.filter((section) => namesChangeList(section.heading)).map(locate);
  return named2.find((located) => located.entries.length > 0) ?? named2[0];
}
function findList(sections, options, name) {
  const found = locateList(sections, options, name);
  if (found === void 0) {
    throw inputError(
      `no change list in ${name}: add a chapter such as "Changes to this policy" or "\xC4ndringar i policyn", or name yours with --change-list-heading`
    );
  }
  return found;
}
function readListDays(entries, preferred) {
  const pattern = detectDatePattern(entries.map((entry) => entry.dateText), preferred) ?? preferred;
  const isoDates = entries.map((entry) => {
    const own = detectDatePattern([entry.dateText], pattern);
    return own === void 0 ? void 0 : readDate(entry.dateText, own)?.date;
  });
  return { pattern, isoDates };
}
function policyChangeListDays(policyText, options = {}) {
  const parseOptions = { ...options.fileName === void 0 ? {} : { fileName: options.fileName }, ...options.format === void 0 ? {} : { format: options.format } };
  const list = locateList(parsePolicy(policyText, parseOptions).sections, options, options.fileName ?? "the policy");
  if (list === void 0 || list.entries.length === 0) return void 0;
  const preferred = typeof options.dateFormat === "object" ? options.dateFormat : parseDateFormat(options.dateFormat ?? DEFAULT_DATE_FORMAT);
  return readListDays(list.entries, preferred).isoDates.filter((day) => day !== void 0);
}
function mergeIntoPolicyChangeList(policyText, entries, options = {}) {
  const name = options.fileName ?? "the policy";
  const lines = splitLines2(policyText);
  refuseConflicts(lines, name);
  const eol = lineBreakOf(policyText);
  const parseOptions = {
    ...options.fileName === void 0 ? {} : { fileName: options.fileName },
    ...options.format === void 0 ? {} : { format: options.format },
    ...options.headings === void 0 ? {} : { headings: options.headings }
  };
  const document = parsePolicy(policyText, parseOptions);
  const list = findList(document.sections, options, name);
  const preferred = typeof options.dateFormat === "object" ? options.dateFormat : parseDateFormat(options.dateFormat ?? DEFAULT_DATE_FORMAT);
  const existing = list.entries.sort((a2, b) => a2.first - b.first);
  const { pattern, isoDates } = readListDays(existing, preferred);
  const days = new Set(isoDates);
  const fresh = entries.filter(
    (entry, index) => entry.firstVersion !== true && !days.has(entry.date) && entries.findIndex((other) => other.date === entry.date && other.text === entry.text) === index
  );
  if (fresh.length === 0) return policyText;
  const last = existing.at(-1);
  const model = last === void 0 ? void 0 : ENTRY_LINE.exec(lineContent(lines[last.first - 1] ?? ""));
  const prefix = model?.[1] ?? (document.format === "markdown" ? "- " : "");
  const separator = model?.[3] || " ";
  const spaced = existing.length >= 2 && existing.at(-1).first > existing.at(-2).last + 1;
  const render = (entry) => `${prefix}${formatDate(entry.date, pattern)}${separator}${entry.text}`;
  const ordered = [...fresh].sort((a2, b) => a2.date < b.date ? -1 : a2.date > b.date ? 1 : 0);
  if (existing.length === 0) {
    const added = ["", ...ordered.map(render)];
    if (list.lastLine < lines.length && lineContent(lines[list.lastLine]).trim() !== "") added.push("");
    return insertLines(lines, [{ at: list.lastLine, lines: added }], eol);
  }
  const dated = existing.flatMap((entry, index) => isoDates[index] === void 0 ? [] : [{ entry, day: isoDates[index] }]);
  const newestFirst = dated.length >= 2 && dated[0].day > dated.at(-1).day;
  const insertions = (newestFirst ? ordered.reverse() : ordered).map((entry) => {
    const before = dated.find(({ day }) => newestFirst ? day < entry.date : day > entry.date);
    return before === void 0 ? { at: last.last, lines: spaced ? ["", render(entry)] : [render(entry)] } : { at: before.entry.first - 1, lines: spaced ? [render(entry), ""] : [render(entry)] };
  });
  return insertLines(lines, insertions, eol);
}
var ENTRY_LINE;
var init_policy_list = __esm({
  "src/entries/policy-list.ts"() {
    "use strict";
    init_change_list();
    init_errors();
    init_normalize();
    init_parse();
    init_dates();
    init_lines();
    ENTRY_LINE = /^(\s*(?:[-*+•·–—]\s*)?)(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})([\s:–—-]*)/;
  }
});

// src/entries/changelog-file.ts
function readHeadings(lines) {
  const found = [];
  let fenced = false;
  lines.forEach((line, index) => {
    const text = lineContent(line);
    if (FENCE.test(text)) fenced = !fenced;
    if (fenced) return;
    const match = ATX.exec(text);
    if (match === null) return;
    const inner = match[2];
    const bracketed = /^\[(.*)\]$/.exec(inner);
    const candidate = bracketed?.[1] ?? inner;
    const date = ANY_DATE.exec(candidate);
    const entry = { index, level: match[1].length, text: inner, brackets: bracketed !== null };
    if (date !== null && date[0].length === candidate.length) entry.dateText = candidate;
    found.push(entry);
  });
  const dated = found.filter((heading2) => heading2.dateText !== void 0);
  const pattern = detectDatePattern(dated.map((heading2) => heading2.dateText)) ?? parseDateFormat("iso");
  const first = dated[0];
  const bulletLine = lines.find((line) => BULLET_ITEM.test(line));
  const style = {
    hashes: "#".repeat(first?.level ?? 2),
    brackets: first?.brackets ?? false,
    pattern,
    bullet: BULLET_ITEM.exec(bulletLine ?? "")?.[1] ?? "-"
  };
  const headings = found.map((heading2) => {
    const date = heading2.dateText === void 0 ? void 0 : readDate(heading2.dateText, pattern)?.date;
    return date === void 0 ? { index: heading2.index, level: heading2.level, text: heading2.text } : { ...heading2, date };
  });
  return { headings, style };
}
function sectionEnd(headings, heading2, lineCount2) {
  return headings.find((other) => other.index > heading2.index && other.level <= heading2.level)?.index ?? lineCount2;
}
function isPresent(lines, entry) {
  return lines.some((line) => {
    const text = itemText(line);
    return text === entry.line || text.startsWith(`${entry.line} `);
  });
}
function mergeIntoChangelog(existingText, entries, options = {}) {
  const lines = splitLines2(existingText);
  refuseConflicts(lines, options.fileName ?? "the changelog");
  const eol = lineBreakOf(existingText);
  const fresh = entries.filter((entry, index) => !isPresent(lines, entry) && entries.findIndex((other) => other.line === entry.line) === index);
  if (fresh.length === 0) return existingText;
  const { headings, style } = readHeadings(lines);
  const blank2 = (index) => index < 0 || index >= lines.length || lineContent(lines[index]).trim() === "";
  const items = (group) => group.flatMap((entry) => [
    `${style.bullet} ${entry.line}${entry.override === void 0 ? "" : ` ${entry.override}`}`,
    ...entry.notice === void 0 ? [] : [`  ${entry.notice}`]
  ]);
  const dates = [...new Set(fresh.map((entry) => entry.date))].sort().reverse();
  const insertions = /* @__PURE__ */ new Map();
  const insert = (at2, added) => {
    const before = insertions.get(at2) ?? [];
    const join11 = before.at(-1) === "" && added[0] === "" ? added.slice(1) : before.length > 0 && before.at(-1) !== "" && added[0] !== "" ? ["", ...added] : added;
    insertions.set(at2, [...before, ...join11]);
  };
  const dated = headings.filter((heading2) => heading2.date !== void 0);
  for (const date of dates) {
    const group = fresh.filter((entry) => entry.date === date);
    const same = dated.find((heading2) => heading2.date === date);
    if (same !== void 0) {
      let at3 = sectionEnd(headings, same, lines.length);
      while (at3 > same.index + 1 && blank2(at3 - 1)) at3 -= 1;
      const before = at3 === same.index + 1 ? [""] : [];
      const after = blank2(at3) ? [] : [""];
      insert(at3, [...before, ...items(group), ...after]);
      continue;
    }
    const label = formatDate(date, style.pattern);
    const block = [`${style.hashes} ${style.brackets ? `[${label}]` : label}`, "", ...items(group)];
    const older = dated.find((heading2) => heading2.date < date);
    let at2;
    if (older !== void 0) at2 = older.index;
    else if (dated.length > 0) at2 = sectionEnd(headings, dated.at(-1), lines.length);
    else {
      const unreleased = headings.find((heading2) => /unreleased/i.test(heading2.text));
      at2 = unreleased !== void 0 ? sectionEnd(headings, unreleased, lines.length) : headings.find((heading2) => heading2.level >= 2)?.index ?? lines.length;
    }
    if (lines.length === 0) {
      if (insertions.size === 0) block.unshift("# Changelog", "");
    } else if (!blank2(at2 - 1)) block.unshift("");
    if (!blank2(at2)) block.push("");
    insert(at2, block);
  }
  return insertLines(lines, [...insertions].map(([at2, added]) => ({ at: at2, lines: added })), eol);
}
var ATX, FENCE, BULLET_ITEM, itemText;
var init_changelog_file = __esm({
  "src/entries/changelog-file.ts"() {
    "use strict";
    init_dates();
    init_lines();
    init_policy_list();
    ATX = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
    FENCE = /^ {0,3}(?:```|~~~)/;
    BULLET_ITEM = /^[ \t]*([-*+])[ \t]+/;
    itemText = (line) => lineContent(line).replace(BULLET_ITEM, "").trim();
  }
});

// src/entries/store-notes.ts
import { join as join5 } from "node:path";
function fitSentences(intro, units, more, limit) {
  const all = [intro, ...units.map(fullText)].join(" ");
  if (all.length <= limit) return all;
  const budget = limit - more.length - 1;
  if (intro.length > budget) return void 0;
  let used = intro.length;
  const chosen = units.map((unit) => {
    const text = fullText(unit);
    if (used + 1 + text.length > budget) return void 0;
    used += 1 + text.length;
    return text;
  });
  units.forEach((unit, index) => {
    if (chosen[index] !== void 0 || typeof unit === "string") return;
    for (let count = unit.names.length - 1; count >= 1; count -= 1) {
      const text = unit.write(unit.names.slice(0, count));
      if (used + 1 + text.length <= budget) {
        chosen[index] = text;
        used += 1 + text.length;
        return;
      }
    }
  });
  return [intro, ...chosen.filter((text) => text !== void 0), more].join(" ");
}
function storeNoteUnits(entries, language) {
  const told = entries.filter((entry) => entry.level !== "editorial" && entry.level !== "none");
  if (told.length === 0) return void 0;
  const templates = templatesFor(language);
  const generated = told.filter((entry) => !entry.note && entry.document === void 0);
  const merged = mergeChapterChanges(generated.map((entry) => entry.chapters));
  const lists = labelledChapters(merged, templates).map(({ label, names: names2 }) => ({
    names: names2,
    write: (shown) => partSentence(labelledPart(label, shown, templates), language)
  }));
  if (merged.title !== void 0) lists.push(partSentence(`${templates.title}${templates.colon}${merged.title}`, language));
  const sentences = [
    ...told.flatMap((entry) => entry.notice === void 0 ? [] : splitSentences(entry.notice)),
    ...told.flatMap((entry) => entry.note ? splitSentences(entry.text) : entry.document === void 0 ? [] : [entry.text])
  ];
  const units = [...new Set(sentences), ...lists];
  return units.length === 0 ? void 0 : units;
}
function storeNotes(entries, options) {
  const templates = templatesFor(options.language);
  const units = storeNoteUnits(entries, options.language);
  if (units === void 0) return void 0;
  return fitSentences(templates.storeIntro, units, templates.storeMore, options.limit ?? STORE_LIMITS[options.store]);
}
function fastlaneNotesPath(fastlaneDir, store, language, versionCode) {
  const base = baseLanguage(language);
  const locale = FASTLANE_LOCALES[base]?.[store] ?? language;
  if (store === "appstore") return join5(fastlaneDir, "metadata", locale, "release_notes.txt");
  if (versionCode === void 0 || !/^\d+$/.test(versionCode)) {
    throw usageError(
      `Google Play notes are filed by version code: add --version-code <n> (the versionCode of the build${versionCode === void 0 ? "" : `, a number, not ${JSON.stringify(versionCode)}`})`
    );
  }
  return join5(fastlaneDir, "metadata", "android", locale, "changelogs", `${versionCode}.txt`);
}
function mergeReleaseNotes(existing, compose, options) {
  const intro = templatesFor(options.language).storeIntro;
  const eol = lineBreakOf(existing);
  const separator = eol + eol;
  const paragraphs = existing.match(/[\s\S]*?(?:(?:\r?\n){2,}|$)/g)?.filter((piece2) => piece2 !== "") ?? [];
  const ours = paragraphs.findIndex((paragraph) => paragraph.startsWith(intro));
  const others = paragraphs.filter((_2, index) => index !== ours).join("");
  const limit = STORE_LIMITS[options.store];
  const budget = others === "" ? limit - eol.length : limit - others.length - separator.length - (/\n$/.test(others) ? 0 : eol.length);
  const notes = budget > 0 ? compose(budget) : void 0;
  if (notes === void 0) {
    throw new PolicydiffError(
      "write",
      `${options.fileName} leaves no room for the policy notes within ${STORE_NAMES[options.store]}'s ${limit} characters: shorten the other notes in it`
    );
  }
  const merged = others === "" ? notes : ours === -1 ? notes + separator + existing : paragraphs.map((paragraph, index) => index === ours ? notes + (/(?:\r?\n)*$/.exec(paragraph)?.[0] ?? "") : paragraph).join("");
  return /\n$/.test(merged) ? merged : merged + eol;
}
var STORE_LIMITS, STORE_NAMES, FASTLANE_LOCALES, fullText;
var init_store_notes = __esm({
  "src/entries/store-notes.ts"() {
    "use strict";
    init_errors();
    init_sentences();
    init_chapters();
    init_entry();
    init_lines();
    init_templates();
    STORE_LIMITS = { play: 500, appstore: 4e3 };
    STORE_NAMES = { play: "Google Play", appstore: "the App Store" };
    FASTLANE_LOCALES = {
      sv: { play: "sv-SE", appstore: "sv" },
      en: { play: "en-US", appstore: "en-US" },
      fi: { play: "fi-FI", appstore: "fi" },
      de: { play: "de-DE", appstore: "de-DE" },
      fr: { play: "fr-FR", appstore: "fr-FR" },
      da: { play: "da-DK", appstore: "da" },
      nb: { play: "no-NO", appstore: "no" }
    };
    fullText = (unit) => typeof unit === "string" ? unit : unit.write(unit.names);
  }
});

// src/entries/index.ts
var init_entries = __esm({
  "src/entries/index.ts"() {
    "use strict";
    init_entry();
    init_chapters();
    init_dates();
    init_templates();
    init_trailers();
    init_changelog_file();
    init_store_notes();
  }
});

// src/cli/commands/entry-options.ts
function entryDatePattern(dateFormat, configured) {
  return parseDateFormat(dateFormat ?? configured);
}
function missingTemplates(file, language) {
  const fix = `use --lang en (templates exist for ${Object.keys(TEMPLATES).join(", ")})`;
  return language === "und" ? `cannot tell the language of ${file} (too little text to detect it): ${fix}, or map the file to its language under "languages" in policydiff.config.json` : `no changelog templates for language ${JSON.stringify(language)} of ${file}: ${fix}`;
}
var dateFormatOption, EntryWriter;
var init_entry_options = __esm({
  "src/cli/commands/entry-options.ts"() {
    "use strict";
    init_esm();
    init_templates();
    init_entries();
    init_errors();
    init_history();
    dateFormatOption = () => new Option("--date-format <pattern>", "how entry lines write dates: D.M.YYYY (default), DD.MM.YYYY, iso, or a pattern of D, DD, M, MM, YYYY");
    EntryWriter = class {
      constructor(options) {
        this.options = options;
      }
      options;
      /** One line per file whose entries were left out, for stderr after the output. */
      warnings = [];
      skipped = /* @__PURE__ */ new Set();
      /** The entry of one change of a history, or undefined when there is nothing to say (formatting only). */
      forChange(change) {
        if (change.formattingOnly) return void 0;
        return this.forDiff(change.file, change.diff, change.date, change.commits.map((commit) => ({ hash: commit.hash, trailers: commit.trailers ?? {} })));
      }
      /**
       * The entry of a file's diff between two revisions, with the trailers of the range's commits that touched it
       * (oldest first): the newest `Policy-Date:` among them dates it, else `day`, the newer revision's.
       */
      forRange(file, diff, day, commits) {
        const date = commits.map(policyDate).findLast((trailer) => trailer !== void 0) ?? day;
        return this.forDiff(file, diff, date, commits.map(commitTrailers));
      }
      /** The entry of a file's diff dated `date` (`YYYY-MM-DD`), with the trailers of the commits that made it. */
      forDiff(file, diff, date, commits = []) {
        if (this.options.lang === void 0 && !(baseLanguage(diff.language) in TEMPLATES)) {
          const message = missingTemplates(file, diff.language);
          if (this.options.required === true) throw usageError(message);
          if (!this.skipped.has(file)) this.warnings.push(`${message}; its changes are shown without entry lines`);
          this.skipped.add(file);
          return void 0;
        }
        const entry = buildEntry(diff, {
          date,
          dateFormat: this.options.pattern,
          ...this.options.lang === void 0 ? {} : { language: this.options.lang },
          ...diff.significance === void 0 ? {} : { significance: diff.significance },
          commits
        });
        for (const problem of entry?.problems ?? []) {
          const warning = `${file}: ${problem}`;
          if (!this.warnings.includes(warning)) this.warnings.push(warning);
        }
        return entry;
      }
      /** The warnings on stderr, after the command's output. */
      printWarnings() {
        for (const warning of this.warnings) process.stderr.write(`policydiff: ${warning}
`);
      }
    };
  }
});

// src/cli/headings.ts
function headingOption(headings) {
  return headings === void 0 ? {} : { headings };
}
function warnUnmatchedHeadings(source, read) {
  const groups = /* @__PURE__ */ new Map();
  for (const { file, headings, texts } of read) {
    if (headings === void 0) continue;
    const group = groups.get(headings) ?? { files: [], texts: [] };
    if (!group.files.includes(file)) group.files.push(file);
    group.texts.push(...texts);
    groups.set(headings, group);
  }
  for (const [headings, { files, texts }] of groups) {
    const unmatched = unmatchedHeadingOverrides(texts, headings);
    if (unmatched.length === 0) continue;
    const names2 = unmatched.map((line) => quote(line)).join(", ");
    const verb = unmatched.length === 1 ? "matches" : "match";
    process.stderr.write(
      `policydiff: "headings" in ${source ?? "the config"}: ${names2} ${verb} no line of ${files.join(", ")}: check the spelling against the policy, or remove it
`
    );
  }
}
var init_headings = __esm({
  "src/cli/headings.ts"() {
    "use strict";
    init_errors();
    init_heading_overrides();
  }
});

// src/cli/commands/diff-revisions.ts
import { existsSync as existsSync6 } from "node:fs";
import { join as join6, resolve as resolve5 } from "node:path";
function readWorkingFile(context, file) {
  const path = join6(context.repo.root, file);
  if (!existsSync6(path)) return "";
  refuseLinkOutOfRepository(context, path, file);
  return readPolicyFile(path, { maxBytes: context.maxBytes, onFallback: warn });
}
async function pathAt(context, file, from, changes, staged) {
  if (await context.repo.blobAt(from, file) !== void 0) return file;
  if (staged !== void 0) return (await staged()).get(file) ?? file;
  const oldest = (await changes()).at(-1);
  return oldest === void 0 ? file : oldest.previousPath ?? oldest.path;
}
async function runRevisionDiff(operands, filesAfterDashDash, options) {
  if (options.dateFormat !== void 0) entryDatePattern(options.dateFormat);
  const [only] = operands;
  if (filesAfterDashDash === void 0 && operands.length === 1 && only !== void 0 && existsSync6(resolve5(options.cwd ?? process.cwd(), only))) {
    throw usageError(`missing required argument 'new': diff takes two files, or a revision before the files (policydiff diff HEAD -- ${only})`);
  }
  const context = await openRepository(options);
  const request = await splitOperands(context, operands, filesAfterDashDash);
  if (request.revisions.length === 0 || request.revisions.length > 2) {
    throw usageError("diff takes two files, or one or two revisions before -- and the files after it: e.g. policydiff diff v1 HEAD -- privacy.md");
  }
  const { repo } = context;
  const [fromSpec = "HEAD", toSpec] = request.revisions;
  const head = await repo.resolveRevision("HEAD");
  const to = toSpec === void 0 ? void 0 : await repo.resolveEnd(toSpec, options.date);
  const from = await startCommit(repo, fromSpec, to ?? head, options.date);
  const range = to === void 0 ? { to: head, from, workingTree: true } : { to, from };
  const files = await selectFiles(context, request.files, range);
  if (options.html !== void 0) refuseToOverwrite(resolve5(context.base, options.html), files.map((file) => join6(repo.root, file)), options.html);
  const report = options.html === void 0 ? void 0 : await reportTarget(context, options.html, files);
  const label = `${fromSpec} \u2192 ${toSpec ?? "working tree"}`;
  const color = useColor();
  const day = to === void 0 ? toIsoDate(/* @__PURE__ */ new Date()) : await repo.commitDay(to, options.date);
  const writer = new EntryWriter({ pattern: entryDatePattern(options.dateFormat, context.config.dateFormat), lang: options.lang });
  const read = [];
  const ranges = await revisionDiffs(context, options, files, from, to, read);
  const diffs = ranges.map((range2) => range2.revision);
  const lines = /* @__PURE__ */ new Map();
  for (const { revision, commits } of ranges) {
    const line = writer.forRange(revision.file, revision.diff, day, commits);
    if (line !== void 0) lines.set(revision, entryText(line));
  }
  const entries = options.format === "html" ? [] : diffs.map((entry) => renderRevisionDiff(forFormat(entry, options.format), label, options.format, { color }, forFormat(lines.get(entry) ?? null, options.format)));
  const extra = { from: fromSpec, to: toSpec ?? null };
  const emptyText = `No changes in ${files.join(", ")} (${label}).`;
  const page = () => {
    const versions2 = { old: { label: fromSpec }, new: { label: toSpec ?? "working tree" } };
    const reportEntries = diffs.map((entry) => {
      const reportEntry = fileDiffEntry(entry, versions2);
      const parts = [lines.get(entry), ...overrideLead(entry, "text").slice(0, 1)].filter((part) => part !== void 0);
      return parts.length === 0 ? reportEntry : { ...reportEntry, summary: parts.join(" \u2014 ") };
    });
    return renderReportHtml(reportEntries, { title: `${files.join(", ")}: ${label}`, emptyText });
  };
  if (report !== void 0) writeFileUninterrupted(report.path, page(), report.write);
  writeOut(options.format === "html" ? page() : renderList(entries, options.format, { key: "files", extra, emptyText }));
  writer.printWarnings();
  if (options.explain === true) {
    for (const { file, texts } of read) {
      const lines2 = noiseLines(noiseSummary(texts.at(-1) ?? "", texts[0], context.config.noise));
      if (lines2.length > 0) writeNoise([`${file}:`, ...lines2]);
    }
  }
  warnUnmatchedHeadings(context.configSource, read);
  checkFailOnLevels(diffs.map(revisionLevel), options.failOn);
}
async function revisionDiffs(context, options, files, from, to, read = []) {
  const { repo } = context;
  const diffs = [];
  let renamedInIndex;
  const staged = to === void 0 ? () => renamedInIndex ??= repo.stagedChanges(from).then((changes) => changes.renamed) : void 0;
  for (const file of files) {
    let log;
    const changes = () => log ??= to === void 0 ? Promise.resolve([]) : repo.readFileChanges(file, to, from);
    const oldPath = await pathAt(context, file, from, changes, staged);
    const oldText = await repo.readFileAt(from, oldPath, gitReadOptions(context)) ?? "";
    const newText = to === void 0 ? readWorkingFile(context, file) : await repo.readFileAt(to, file, gitReadOptions(context)) ?? "";
    const headings = headingOverridesFor(context.config, file);
    read.push({ file, headings, texts: [oldText, newText] });
    if (oldText === newText) continue;
    const diffOptions = { fileName: file, ...headingOption(headings), ...readingOptions(context.config) };
    const language = languageFor(context, options, file);
    if (language !== void 0) diffOptions.language = language;
    if (options.input !== void 0) diffOptions.format = options.input;
    const entry = { file, diff: classified(diffPolicies(oldText, newText, diffOptions), significanceOptions(context)) };
    if (oldPath !== file) entry.previousFile = oldPath;
    const commits = (await changes()).map((change) => change.commit).reverse();
    const level = commitOverrides(commits.map(commitTrailers), entry.diff.significance?.level).level;
    if (level !== void 0) entry.levelSetByCommit = level;
    diffs.push({ revision: entry, commits });
  }
  return diffs;
}
async function splitOperands(context, operands, filesAfterDashDash) {
  if (filesAfterDashDash !== void 0) {
    const cut = operands.length - filesAfterDashDash;
    return { revisions: operands.slice(0, cut), files: operands.slice(cut) };
  }
  const revisions = [];
  let index = 0;
  for (; index < operands.length && revisions.length < 2; index += 1) {
    const operand = operands[index];
    const isPath = existsSync6(resolve5(context.base, operand));
    if (isPath || !await isRevision(context, operand)) break;
    revisions.push(operand);
  }
  if (revisions.length === 0) {
    const [first = "", second] = operands;
    if (existsSync6(resolve5(context.base, first))) {
      throw usageError(`diff takes two files, or a revision before the files: e.g. policydiff diff HEAD -- ${first}`);
    }
    if (second !== void 0 && !existsSync6(resolve5(context.base, second)) && await isRevision(context, second)) await context.repo.resolveRevision(first);
    throw new PolicydiffError("unknownRevision", `${quote(first)} is neither a file nor a revision: give two files, or a revision such as HEAD or v1 (then -- and the files)`);
  }
  const files = operands.slice(index);
  const next = files[0];
  if (revisions.length === 1 && files.length === 1 && next !== void 0 && !looksLikeFileName(next) && !existsSync6(resolve5(context.base, next))) {
    if (!await context.repo.everTracked(context.repo.repoPath(next, context.base))) await context.repo.resolveRevision(next);
  }
  return { revisions, files };
}
async function isRevision(context, operand) {
  if (isDaySpec(operand)) return true;
  try {
    await context.repo.resolveRevision(operand);
    return true;
  } catch (error) {
    if (error instanceof PolicydiffError && error.kind === "usage") throw error;
    return false;
  }
}
function operandsAfterDashDash(command) {
  const raw = command.parent?.rawArgs;
  if (!Array.isArray(raw)) return void 0;
  const args = raw;
  const dashDash = args.indexOf("--", args.indexOf(command.name()) + 1);
  return dashDash === -1 ? void 0 : args.length - dashDash - 1;
}
async function isRevisionOperand(operand, options) {
  if (existsSync6(resolve5(options.cwd ?? process.cwd(), operand))) return false;
  try {
    return await isRevision(await openRepository(options), operand);
  } catch {
    return false;
  }
}
var looksLikeFileName;
var init_diff_revisions = __esm({
  "src/cli/commands/diff-revisions.ts"() {
    "use strict";
    init_diff();
    init_errors();
    init_input();
    init_git();
    init_revisions();
    init_changes();
    init_render();
    init_output();
    init_noise();
    init_warnings();
    init_interrupt();
    init_repository();
    init_significance();
    init_entries();
    init_entry_options();
    init_headings();
    init_config();
    looksLikeFileName = (operand) => /[/\\]/.test(operand) || /\.(?:md|markdown|txt|text)$/i.test(operand);
  }
});

// src/cli/run-folder.ts
import { existsSync as existsSync7, statSync as statSync4 } from "node:fs";
import { dirname as dirname3, join as join7, relative as relative4, resolve as resolve6, sep as sep2 } from "node:path";
function runFolder(cwd) {
  const base = resolve6(cwd ?? process.cwd());
  if (cwd !== void 0 && !(existsSync7(base) && statSync4(base).isDirectory())) {
    throw usageError(`${quote(cwd)} is not a folder: give -C the folder the paths are relative to`);
  }
  const { root, loaded } = configAround(base);
  return {
    base,
    loaded,
    pathOf: (given) => cwd === void 0 ? given : resolve6(base, given),
    configPath: (given) => root === void 0 ? given : relative4(root, resolve6(base, given)).split(sep2).join("/")
  };
}
function configAround(base) {
  for (let dir = base; ; dir = dirname3(dir)) {
    if (existsSync7(join7(dir, ".git"))) return { root: dir, loaded: loadConfig(dir) };
    if (dirname3(dir) === dir) return { loaded: { config: {} } };
  }
}
var init_run_folder = __esm({
  "src/cli/run-folder.ts"() {
    "use strict";
    init_config();
    init_errors();
  }
});

// src/cli/commands/diff.ts
var diff_exports = {};
__export(diff_exports, {
  register: () => register
});
import { existsSync as existsSync8 } from "node:fs";
import { resolve as resolve7 } from "node:path";
function register(program2) {
  program2.command("diff").description("compare two versions of a policy, section by section").argument("<old>", "the earlier version: a file, or a revision (tag, branch, commit)").argument("[new]", "the later version: a file, or a revision (default: the working tree)").argument("[files...]", "with revisions: the policy files (default: found by name or by the config)").addOption(formatOption()).addOption(languageOption()).addOption(new Option("--input <kind>", "read both files as this kind instead of guessing from the name").choices(["markdown", "text"])).addOption(maxSizeOption()).addOption(htmlOption()).addOption(failOnOption()).addOption(dateFormatOption()).addOption(dateOption()).option("--explain", `also list what was treated as capture noise (link targets, URL queries, e-mail placeholders, the config's "noise" patterns)`).addHelpText(
    "after",
    `
Examples:
  $ policydiff diff privacy-2023.txt privacy-2024.txt
  $ policydiff diff old.md new.md --format md > CHANGES.md
  $ policydiff diff old.md new.md --format json | jq '.sections[] | select(.status != "unchanged")'
  $ policydiff diff old.md new.md --html report.html
  $ policydiff diff v1 HEAD -- privacy.md        two revisions of a file in git
  $ policydiff diff HEAD                         uncommitted edits of the policy files
  $ policydiff diff v1 HEAD --fail-on significant  exit 1 in CI when people need a notice

With two revisions, the commits between them that touched a file apply their trailers to its change, as in
since: Policy-Note replaces the entry's sentence, Policy-Significance sets the level (--fail-on counts it),
Policy-Date dates the entry (else the newer commit's --date author|committer day).`
  ).action(async (oldPath, newPath, files, options, command) => {
    const dashDash = operandsAfterDashDash(command);
    const twoFilesAfterDashDash = dashDash === 2 && newPath !== void 0 && files.length === 0;
    const revisions = newPath === void 0 || files.length > 0 || dashDash !== void 0 || await isRevisionOperand(oldPath, options) || !existsSync8(resolve7(options.cwd ?? ".", oldPath)) && !looksLikeFileName(oldPath) && await isRevisionOperand(newPath, options);
    if (!twoFilesAfterDashDash && revisions) {
      return runRevisionDiff([oldPath, ...newPath === void 0 ? [] : [newPath], ...files], dashDash, options);
    }
    const { base, loaded, pathOf, configPath } = runFolder(options.cwd);
    const configFile = configPath(newPath);
    const headings = headingOverridesFor(loaded.config, configFile);
    const language = options.lang ?? configuredLanguage(loaded.config, configFile);
    const htmlPath = options.html === void 0 ? void 0 : pathOf(options.html);
    if (htmlPath !== void 0) refuseToOverwrite(resolve7(base, htmlPath), [resolve7(base, oldPath), resolve7(base, newPath)], options.html);
    const readOptions = { maxBytes: parseMaxSize(options.maxSize), base, onFallback: warn };
    const oldText = readPolicyFile(oldPath, readOptions);
    const newText = readPolicyFile(newPath, readOptions);
    const diffOptions = { fileName: newPath, ...headingOption(headings), ...readingOptions(loaded.config) };
    if (language !== void 0) diffOptions.language = language;
    if (options.input !== void 0) diffOptions.format = options.input;
    const diff = classified(diffPolicies(oldText, newText, diffOptions), significanceOptions(loaded));
    const rendering = { ...renderOptions(`${oldPath} \u2192 ${newPath}`), versions: { old: { label: oldPath }, new: { label: newPath } } };
    if (htmlPath !== void 0) writeFileUninterrupted(htmlPath, renderers.html.diff(diff, rendering), { shown: options.html });
    writeOut(renderers[options.format].diff(forFormat(diff, options.format), rendering));
    if (options.explain === true) writeNoise(noiseLines(noiseSummary(newText, oldText, loaded.config.noise)));
    warnUnmatchedHeadings(loaded.source, [{ file: oldPath, headings, texts: [oldText] }, { file: newPath, headings, texts: [newText] }]);
    checkFailOn([diff], options.failOn);
  });
}
var init_diff2 = __esm({
  "src/cli/commands/diff.ts"() {
    "use strict";
    init_esm();
    init_diff();
    init_input();
    init_noise();
    init_output();
    init_render();
    init_output();
    init_warnings();
    init_repository();
    init_interrupt();
    init_diff_revisions();
    init_significance();
    init_shared();
    init_entry_options();
    init_headings();
    init_config();
    init_run_folder();
  }
});

// src/cli/commands/sections.ts
var sections_exports = {};
__export(sections_exports, {
  register: () => register2
});
function register2(program2) {
  program2.command("sections").description("show how policydiff reads a policy's structure: title, chapters, subsections").argument("<file>", "the policy file (.txt or .md)").addOption(formatOption()).addOption(new Option("--input <kind>", "read the file as this kind instead of guessing from the name").choices(["markdown", "text"])).addOption(maxSizeOption()).addHelpText(
    "after",
    `
Examples:
  $ policydiff sections privacy.txt
  $ policydiff sections privacy.md --format json
  $ policydiff sections -C ../website docs/privacy.md   the file and the config taken from ../website`
  ).action((file, options) => {
    const { base, loaded, configPath } = runFolder(options.cwd);
    const headings = headingOverridesFor(loaded.config, configPath(file));
    const text = readPolicyFile(file, { maxBytes: parseMaxSize(options.maxSize), base, onFallback: warn });
    const parseOptions = { fileName: file, ...headingOption(headings) };
    if (options.input !== void 0) parseOptions.format = options.input;
    writeOut(renderers[options.format].outline(forFormat(parsePolicy(text, parseOptions), options.format), renderOptions()));
    if (options.format === "text" || options.format === "md") writeNoise(noiseLines(noiseSummary(text, void 0, loaded.config.noise)));
    warnUnmatchedHeadings(loaded.source, [{ file, headings, texts: [text] }]);
  });
}
var init_sections = __esm({
  "src/cli/commands/sections.ts"() {
    "use strict";
    init_esm();
    init_input();
    init_noise();
    init_output();
    init_parse();
    init_render();
    init_output();
    init_warnings();
    init_shared();
    init_headings();
    init_config();
    init_run_folder();
  }
});

// src/cli/progress.ts
var Progress;
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    Progress = class {
      constructor(stream = process.stderr, delayMs = 300) {
        this.stream = stream;
        this.delayMs = delayMs;
      }
      stream;
      delayMs;
      started = Date.now();
      shown = false;
      lastDraw = 0;
      timer;
      /** Says what is going on now; drawn once the delay has passed (also from a timer while git is working). */
      update(message) {
        if (this.stream.isTTY !== true) return;
        const now = Date.now();
        if (now - this.started < this.delayMs) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.draw(message), this.delayMs - (now - this.started));
          this.timer.unref();
          return;
        }
        if (now - this.lastDraw < 100) return;
        this.draw(message);
      }
      draw(message) {
        this.lastDraw = Date.now();
        this.shown = true;
        const width = Math.max(20, (this.stream.columns ?? 80) - 1);
        this.stream.write(`\r\x1B[2K${`policydiff: ${message}`.slice(0, width)}`);
      }
      done() {
        clearTimeout(this.timer);
        if (this.shown) this.stream.write("\r\x1B[2K");
        this.shown = false;
      }
    };
  }
});

// src/cli/commands/read-changes.ts
async function readChanges(start, files, options, progress) {
  const context = await openRepository(options);
  const { repo } = context;
  const to = options.to === void 0 ? await repo.resolveRevision("HEAD") : await repo.resolveEnd(options.to, options.date);
  const from = start === void 0 ? void 0 : await repo.resolveStart(start, to, options.date);
  if (start !== void 0) await refuseReversed(repo, { from, to }, { from: start, to: options.to ?? "HEAD" });
  const range = from === void 0 ? { to } : { to, from };
  const paths = await selectFiles(context, files, range);
  progress.update(`reading the history of ${paths.length === 1 ? paths[0] : `${paths.length} files`}\u2026`);
  const histories = from === to ? [] : await repo.readHistories(paths, range, gitReadOptions(context));
  const total = histories.reduce((sum, history) => sum + history.versions.length, 0);
  if (context.config.headings !== void 0) {
    progress.done();
    warnUnmatchedHeadings(
      context.configSource,
      histories.map((history) => ({
        file: history.file,
        headings: headingOverridesFor(context.config, history.file),
        texts: [...history.before === void 0 ? [] : [history.before.text], ...history.versions.map((version2) => version2.text)]
      }))
    );
  }
  const sources = histories.map((history) => {
    const historyOptions = {
      date: options.date,
      perCommit: options.perCommit === true,
      ...headingOption(headingOverridesFor(context.config, history.file)),
      ...readingOptions(context.config)
    };
    const language = languageFor(context, options, history.file);
    if (language !== void 0) historyOptions.language = language;
    if (options.input !== void 0) historyOptions.format = options.input;
    return historyChanges(history, historyOptions);
  });
  return { context, paths, total, changes: withSignificances(mergeChanges(sources), significanceOptions(context)) };
}
function* withSignificances(changes, options) {
  for (const change of changes) yield { ...change, diff: classified(change.diff, options) };
}
function rangeWords(start, to) {
  if (start === void 0) return `up to ${to ?? "HEAD"}`;
  return to === void 0 ? `since ${start}` : `between ${start} and ${to}`;
}
var init_read_changes = __esm({
  "src/cli/commands/read-changes.ts"() {
    "use strict";
    init_history();
    init_significance();
    init_repository();
    init_headings();
    init_config();
    init_revisions();
  }
});

// node_modules/cli-table3/src/debug.js
var require_debug = __commonJS({
  "node_modules/cli-table3/src/debug.js"(exports, module) {
    var messages = [];
    var level = 0;
    var debug = (msg, min) => {
      if (level >= min) {
        messages.push(msg);
      }
    };
    debug.WARN = 1;
    debug.INFO = 2;
    debug.DEBUG = 3;
    debug.reset = () => {
      messages = [];
    };
    debug.setDebugLevel = (v2) => {
      level = v2;
    };
    debug.warn = (msg) => debug(msg, debug.WARN);
    debug.info = (msg) => debug(msg, debug.INFO);
    debug.debug = (msg) => debug(msg, debug.DEBUG);
    debug.debugMessages = () => messages;
    module.exports = debug;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i2 = 0; i2 < string.length; i2++) {
        const code = string.codePointAt(i2);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i2++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth;
    module.exports.default = stringWidth;
  }
});

// node_modules/cli-table3/src/utils.js
var require_utils2 = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    var stringWidth = require_string_width();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str) {
      let code = codeRegex();
      let stripped = ("" + str).replace(code, "");
      let split = stripped.split("\n");
      return split.reduce(function(memo, s8) {
        return stringWidth(s8) > memo ? stringWidth(s8) : memo;
      }, 0);
    }
    function repeat(str, times) {
      return Array(times + 1).join(str);
    }
    function pad(str, len, pad2, dir) {
      let length = strlen(str);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str = repeat(pad2, padlen) + str;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2);
            let left = padlen - right;
            str = repeat(pad2, left) + str + repeat(pad2, right);
            break;
          }
          default: {
            str = str + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str;
    }
    var codeCache = {};
    function addToCodeCache(name, on, off) {
      on = "\x1B[" + on + "m";
      off = "\x1B[" + off + "m";
      codeCache[on] = { set: name, to: true };
      codeCache[off] = { set: name, to: false };
      codeCache[name] = { on, off };
    }
    addToCodeCache("bold", 1, 22);
    addToCodeCache("italics", 3, 23);
    addToCodeCache("underline", 4, 24);
    addToCodeCache("inverse", 7, 27);
    addToCodeCache("strikethrough", 9, 29);
    function updateState(state, controlChars) {
      let controlCode = controlChars[1] ? parseInt(controlChars[1].split(";")[0]) : 0;
      if (controlCode >= 30 && controlCode <= 39 || controlCode >= 90 && controlCode <= 97) {
        state.lastForegroundAdded = controlChars[0];
        return;
      }
      if (controlCode >= 40 && controlCode <= 49 || controlCode >= 100 && controlCode <= 107) {
        state.lastBackgroundAdded = controlChars[0];
        return;
      }
      if (controlCode === 0) {
        for (let i2 in state) {
          if (Object.prototype.hasOwnProperty.call(state, i2)) {
            delete state[i2];
          }
        }
        return;
      }
      let info = codeCache[controlChars[0]];
      if (info) {
        state[info.set] = info.to;
      }
    }
    function readState(line) {
      let code = codeRegex(true);
      let controlChars = code.exec(line);
      let state = {};
      while (controlChars !== null) {
        updateState(state, controlChars);
        controlChars = code.exec(line);
      }
      return state;
    }
    function unwindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key2) {
        if (state[key2]) {
          ret += codeCache[key2].off;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret += "\x1B[49m";
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret += "\x1B[39m";
      }
      return ret;
    }
    function rewindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key2) {
        if (state[key2]) {
          ret = codeCache[key2].on + ret;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret = lastBackgroundAdded + ret;
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret = lastForegroundAdded + ret;
      }
      return ret;
    }
    function truncateWidth(str, desiredLength) {
      if (str.length === strlen(str)) {
        return str.substr(0, desiredLength);
      }
      while (strlen(str) > desiredLength) {
        str = str.slice(0, -1);
      }
      return str;
    }
    function truncateWidthWithAnsi(str, desiredLength) {
      let code = codeRegex(true);
      let split = str.split(codeRegex());
      let splitIndex = 0;
      let retLen = 0;
      let ret = "";
      let myArray;
      let state = {};
      while (retLen < desiredLength) {
        myArray = code.exec(str);
        let toAdd = split[splitIndex];
        splitIndex++;
        if (retLen + strlen(toAdd) > desiredLength) {
          toAdd = truncateWidth(toAdd, desiredLength - retLen);
        }
        ret += toAdd;
        retLen += strlen(toAdd);
        if (retLen < desiredLength) {
          if (!myArray) {
            break;
          }
          ret += myArray[0];
          updateState(state, myArray);
        }
      }
      return unwindState(state, ret);
    }
    function truncate(str, desiredLength, truncateChar) {
      truncateChar = truncateChar || "\u2026";
      let lengthOfStr = strlen(str);
      if (lengthOfStr <= desiredLength) {
        return str;
      }
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str, desiredLength);
      ret += truncateChar;
      const hrefTag = "\x1B]8;;\x07";
      if (str.includes(hrefTag) && !ret.includes(hrefTag)) {
        ret += hrefTag;
      }
      return ret;
    }
    function defaultOptions() {
      return {
        chars: {
          top: "\u2500",
          "top-mid": "\u252C",
          "top-left": "\u250C",
          "top-right": "\u2510",
          bottom: "\u2500",
          "bottom-mid": "\u2534",
          "bottom-left": "\u2514",
          "bottom-right": "\u2518",
          left: "\u2502",
          "left-mid": "\u251C",
          mid: "\u2500",
          "mid-mid": "\u253C",
          right: "\u2502",
          "right-mid": "\u2524",
          middle: "\u2502"
        },
        truncate: "\u2026",
        colWidths: [],
        rowHeights: [],
        colAligns: [],
        rowAligns: [],
        style: {
          "padding-left": 1,
          "padding-right": 1,
          head: ["red"],
          border: ["grey"],
          compact: false
        },
        head: []
      };
    }
    function mergeOptions(options, defaults) {
      options = options || {};
      defaults = defaults || defaultOptions();
      let ret = Object.assign({}, defaults, options);
      ret.chars = Object.assign({}, defaults.chars, options.chars);
      ret.style = Object.assign({}, defaults.style, options.style);
      return ret;
    }
    function wordWrap(maxLength, input) {
      let lines = [];
      let split = input.split(/(\s+)/g);
      let line = [];
      let lineLength = 0;
      let whitespace;
      for (let i2 = 0; i2 < split.length; i2 += 2) {
        let word = split[i2];
        let newLength = lineLength + strlen(word);
        if (lineLength > 0 && whitespace) {
          newLength += whitespace.length;
        }
        if (newLength > maxLength) {
          if (lineLength !== 0) {
            lines.push(line.join(""));
          }
          line = [word];
          lineLength = strlen(word);
        } else {
          line.push(whitespace || "", word);
          lineLength = newLength;
        }
        whitespace = split[i2 + 1];
      }
      if (lineLength) {
        lines.push(line.join(""));
      }
      return lines;
    }
    function textWrap(maxLength, input) {
      let lines = [];
      let line = "";
      function pushLine(str, ws) {
        if (line.length && ws) line += ws;
        line += str;
        while (line.length > maxLength) {
          lines.push(line.slice(0, maxLength));
          line = line.slice(maxLength);
        }
      }
      let split = input.split(/(\s+)/g);
      for (let i2 = 0; i2 < split.length; i2 += 2) {
        pushLine(split[i2], i2 && split[i2 - 1]);
      }
      if (line.length) lines.push(line);
      return lines;
    }
    function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = true) {
      let output = [];
      input = input.split("\n");
      const handler = wrapOnWordBoundary ? wordWrap : textWrap;
      for (let i2 = 0; i2 < input.length; i2++) {
        output.push.apply(output, handler(maxLength, input[i2]));
      }
      return output;
    }
    function colorizeLines(input) {
      let state = {};
      let output = [];
      for (let i2 = 0; i2 < input.length; i2++) {
        let line = rewindState(state, input[i2]);
        state = readState(line);
        let temp = Object.assign({}, state);
        output.push(unwindState(temp, line));
      }
      return output;
    }
    function hyperlink(url, text) {
      const OSC = "\x1B]";
      const BEL = "\x07";
      const SEP = ";";
      return [OSC, "8", SEP, SEP, url || text, BEL, text, OSC, "8", SEP, SEP, BEL].join("");
    }
    module.exports = {
      strlen,
      repeat,
      pad,
      truncate,
      mergeOptions,
      wordWrap: multiLineWordWrap,
      colorizeLines,
      hyperlink
    };
  }
});

// node_modules/@colors/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/@colors/colors/lib/styles.js"(exports, module) {
    var styles = {};
    module["exports"] = styles;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key2) {
      var val = codes[key2];
      var style = styles[key2] = [];
      style.open = "\x1B[" + val[0] + "m";
      style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/@colors/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/@colors/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    module.exports = function(flag, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--");
      var prefix = /^-{1,2}/.test(flag) ? "" : "--";
      var pos = argv.indexOf(prefix + flag);
      return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
    };
  }
});

// node_modules/@colors/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/@colors/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    var os = __require("os");
    var hasFlag = require_has_flag();
    var env = process.env;
    var forceColor = void 0;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false")) {
      forceColor = false;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = true;
    }
    if ("FORCE_COLOR" in env) {
      forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0;
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === false) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (stream && !stream.isTTY && forceColor !== true) {
        return 0;
      }
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os.release().split(".");
        if (Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign) {
          return sign in env;
        }) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if ("TERM_PROGRAM" in env) {
        var version2 = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version2 >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      if (env.TERM === "dumb") {
        return min;
      }
      return min;
    }
    function getSupportLevel(stream) {
      var level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/@colors/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/@colors/colors/lib/custom/trap.js"(exports, module) {
    module["exports"] = function runTheTrap(text, options) {
      var result = "";
      text = text || "Run the trap, drop the bass";
      text = text.split("");
      var trap = {
        a: ["@", "\u0104", "\u023A", "\u0245", "\u0394", "\u039B", "\u0414"],
        b: ["\xDF", "\u0181", "\u0243", "\u026E", "\u03B2", "\u0E3F"],
        c: ["\xA9", "\u023B", "\u03FE"],
        d: ["\xD0", "\u018A", "\u0500", "\u0501", "\u0502", "\u0503"],
        e: [
          "\xCB",
          "\u0115",
          "\u018E",
          "\u0258",
          "\u03A3",
          "\u03BE",
          "\u04BC",
          "\u0A6C"
        ],
        f: ["\u04FA"],
        g: ["\u0262"],
        h: ["\u0126", "\u0195", "\u04A2", "\u04BA", "\u04C7", "\u050A"],
        i: ["\u0F0F"],
        j: ["\u0134"],
        k: ["\u0138", "\u04A0", "\u04C3", "\u051E"],
        l: ["\u0139"],
        m: ["\u028D", "\u04CD", "\u04CE", "\u0520", "\u0521", "\u0D69"],
        n: ["\xD1", "\u014B", "\u019D", "\u0376", "\u03A0", "\u048A"],
        o: [
          "\xD8",
          "\xF5",
          "\xF8",
          "\u01FE",
          "\u0298",
          "\u047A",
          "\u05DD",
          "\u06DD",
          "\u0E4F"
        ],
        p: ["\u01F7", "\u048E"],
        q: ["\u09CD"],
        r: ["\xAE", "\u01A6", "\u0210", "\u024C", "\u0280", "\u042F"],
        s: ["\xA7", "\u03DE", "\u03DF", "\u03E8"],
        t: ["\u0141", "\u0166", "\u0373"],
        u: ["\u01B1", "\u054D"],
        v: ["\u05D8"],
        w: ["\u0428", "\u0460", "\u047C", "\u0D70"],
        x: ["\u04B2", "\u04FE", "\u04FC", "\u04FD"],
        y: ["\xA5", "\u04B0", "\u04CB"],
        z: ["\u01B5", "\u0240"]
      };
      text.forEach(function(c2) {
        c2 = c2.toLowerCase();
        var chars = trap[c2] || [" "];
        var rand = Math.floor(Math.random() * chars.length);
        if (typeof trap[c2] !== "undefined") {
          result += trap[c2][rand];
        } else {
          result += c2;
        }
      });
      return result;
    };
  }
});

// node_modules/@colors/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/@colors/colors/lib/custom/zalgo.js"(exports, module) {
    module["exports"] = function zalgo(text, options) {
      text = text || "   he is here   ";
      var soul = {
        "up": [
          "\u030D",
          "\u030E",
          "\u0304",
          "\u0305",
          "\u033F",
          "\u0311",
          "\u0306",
          "\u0310",
          "\u0352",
          "\u0357",
          "\u0351",
          "\u0307",
          "\u0308",
          "\u030A",
          "\u0342",
          "\u0313",
          "\u0308",
          "\u034A",
          "\u034B",
          "\u034C",
          "\u0303",
          "\u0302",
          "\u030C",
          "\u0350",
          "\u0300",
          "\u0301",
          "\u030B",
          "\u030F",
          "\u0312",
          "\u0313",
          "\u0314",
          "\u033D",
          "\u0309",
          "\u0363",
          "\u0364",
          "\u0365",
          "\u0366",
          "\u0367",
          "\u0368",
          "\u0369",
          "\u036A",
          "\u036B",
          "\u036C",
          "\u036D",
          "\u036E",
          "\u036F",
          "\u033E",
          "\u035B",
          "\u0346",
          "\u031A"
        ],
        "down": [
          "\u0316",
          "\u0317",
          "\u0318",
          "\u0319",
          "\u031C",
          "\u031D",
          "\u031E",
          "\u031F",
          "\u0320",
          "\u0324",
          "\u0325",
          "\u0326",
          "\u0329",
          "\u032A",
          "\u032B",
          "\u032C",
          "\u032D",
          "\u032E",
          "\u032F",
          "\u0330",
          "\u0331",
          "\u0332",
          "\u0333",
          "\u0339",
          "\u033A",
          "\u033B",
          "\u033C",
          "\u0345",
          "\u0347",
          "\u0348",
          "\u0349",
          "\u034D",
          "\u034E",
          "\u0353",
          "\u0354",
          "\u0355",
          "\u0356",
          "\u0359",
          "\u035A",
          "\u0323"
        ],
        "mid": [
          "\u0315",
          "\u031B",
          "\u0300",
          "\u0301",
          "\u0358",
          "\u0321",
          "\u0322",
          "\u0327",
          "\u0328",
          "\u0334",
          "\u0335",
          "\u0336",
          "\u035C",
          "\u035D",
          "\u035E",
          "\u035F",
          "\u0360",
          "\u0362",
          "\u0338",
          "\u0337",
          "\u0361",
          " \u0489"
        ]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r7 = Math.floor(Math.random() * range);
        return r7;
      }
      function isChar(character) {
        var bool = false;
        all.filter(function(i2) {
          bool = i2 === character;
        });
        return bool;
      }
      function heComes(text2, options2) {
        var result = "";
        var counts;
        var l4;
        options2 = options2 || {};
        options2["up"] = typeof options2["up"] !== "undefined" ? options2["up"] : true;
        options2["mid"] = typeof options2["mid"] !== "undefined" ? options2["mid"] : true;
        options2["down"] = typeof options2["down"] !== "undefined" ? options2["down"] : true;
        options2["size"] = typeof options2["size"] !== "undefined" ? options2["size"] : "maxi";
        text2 = text2.split("");
        for (l4 in text2) {
          if (isChar(l4)) {
            continue;
          }
          result = result + text2[l4];
          counts = { "up": 0, "down": 0, "mid": 0 };
          switch (options2.size) {
            case "mini":
              counts.up = randomNumber(8);
              counts.mid = randomNumber(2);
              counts.down = randomNumber(8);
              break;
            case "maxi":
              counts.up = randomNumber(16) + 3;
              counts.mid = randomNumber(4) + 1;
              counts.down = randomNumber(64) + 3;
              break;
            default:
              counts.up = randomNumber(8) + 1;
              counts.mid = randomNumber(6) / 2;
              counts.down = randomNumber(8) + 1;
              break;
          }
          var arr = ["up", "mid", "down"];
          for (var d in arr) {
            var index = arr[d];
            for (var i2 = 0; i2 <= counts[index]; i2++) {
              if (options2[index]) {
                result = result + soul[index][randomNumber(soul[index].length)];
              }
            }
          }
        }
        return result;
      }
      return heComes(text, options);
    };
  }
});

// node_modules/@colors/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/@colors/colors/lib/maps/america.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i2, exploded) {
        if (letter === " ") return letter;
        switch (i2 % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/@colors/colors/lib/maps/zebra.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i2, exploded) {
        return i2 % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/@colors/colors/lib/maps/rainbow.js"(exports, module) {
    module["exports"] = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i2, exploded) {
        if (letter === " ") {
          return letter;
        } else {
          return colors[rainbowColors[i2++ % rainbowColors.length]](letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/@colors/colors/lib/maps/random.js"(exports, module) {
    module["exports"] = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i2, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/@colors/colors/lib/colors.js"(exports, module) {
    var colors = {};
    module["exports"] = colors;
    colors.themes = {};
    var util = __require("util");
    var ansiStyles = colors.styles = require_styles();
    var defineProps = Object.defineProperties;
    var newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    if (typeof colors.enabled === "undefined") {
      colors.enabled = colors.supportsColor() !== false;
    }
    colors.enable = function() {
      colors.enabled = true;
    };
    colors.disable = function() {
      colors.enabled = false;
    };
    colors.stripColors = colors.strip = function(str) {
      return ("" + str).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str, style) {
      if (!colors.enabled) {
        return str + "";
      }
      var styleMap = ansiStyles[style];
      if (!styleMap && style in colors) {
        return colors[style](str);
      }
      return styleMap.open + str + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str) {
      if (typeof str !== "string") {
        throw new TypeError("Expected a string");
      }
      return str.replace(matchOperatorsRe, "\\$&");
    };
    function build(_styles) {
      var builder = function builder2() {
        return applyStyle.apply(builder2, arguments);
      };
      builder._styles = _styles;
      builder.__proto__ = proto;
      return builder;
    }
    var styles = (function() {
      var ret = {};
      ansiStyles.grey = ansiStyles.gray;
      Object.keys(ansiStyles).forEach(function(key2) {
        ansiStyles[key2].closeRe = new RegExp(escapeStringRegexp(ansiStyles[key2].close), "g");
        ret[key2] = {
          get: function() {
            return build(this._styles.concat(key2));
          }
        };
      });
      return ret;
    })();
    var proto = defineProps(function colors2() {
    }, styles);
    function applyStyle() {
      var args = Array.prototype.slice.call(arguments);
      var str = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str) {
        return str;
      }
      var newLinesPresent = str.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i2 = nestedStyles.length;
      while (i2--) {
        var code = ansiStyles[nestedStyles[i2]];
        str = code.open + str.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str = str.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str) {
            if (typeof theme[style2] === "object") {
              var out = str;
              for (var i2 in theme[style2]) {
                out = colors[theme[style2][i2]](out);
              }
              return out;
            }
            return colors[theme[style2]](str);
          };
        })(style);
      }
    };
    function init() {
      var ret = {};
      Object.keys(styles).forEach(function(name) {
        ret[name] = {
          get: function() {
            return build([name]);
          }
        };
      });
      return ret;
    }
    var sequencer = function sequencer2(map2, str) {
      var exploded = str.split("");
      exploded = exploded.map(map2);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map in colors.maps) {
      (function(map2) {
        colors[map2] = function(str) {
          return sequencer(colors.maps[map2], str);
        };
      })(map);
    }
    var map;
    defineProps(colors, init());
  }
});

// node_modules/@colors/colors/safe.js
var require_safe = __commonJS({
  "node_modules/@colors/colors/safe.js"(exports, module) {
    var colors = require_colors();
    module["exports"] = colors;
  }
});

// node_modules/cli-table3/src/cell.js
var require_cell = __commonJS({
  "node_modules/cli-table3/src/cell.js"(exports, module) {
    var { info, debug } = require_debug();
    var utils = require_utils2();
    var Cell = class _Cell {
      /**
       * A representation of a cell within the table.
       * Implementations must have `init` and `draw` methods,
       * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
       * @param options
       * @constructor
       */
      constructor(options) {
        this.setOptions(options);
        this.x = null;
        this.y = null;
      }
      setOptions(options) {
        if (["boolean", "number", "bigint", "string"].indexOf(typeof options) !== -1) {
          options = { content: "" + options };
        }
        options = options || {};
        this.options = options;
        let content = options.content;
        if (["boolean", "number", "bigint", "string"].indexOf(typeof content) !== -1) {
          this.content = String(content);
        } else if (!content) {
          this.content = this.options.href || "";
        } else {
          throw new Error("Content needs to be a primitive, got: " + typeof content);
        }
        this.colSpan = options.colSpan || 1;
        this.rowSpan = options.rowSpan || 1;
        if (this.options.href) {
          Object.defineProperty(this, "href", {
            get() {
              return this.options.href;
            }
          });
        }
      }
      mergeTableOptions(tableOptions, cells) {
        this.cells = cells;
        let optionsChars = this.options.chars || {};
        let tableChars = tableOptions.chars;
        let chars = this.chars = {};
        CHAR_NAMES.forEach(function(name) {
          setOption(optionsChars, tableChars, name, chars);
        });
        this.truncate = this.options.truncate || tableOptions.truncate;
        let style = this.options.style = this.options.style || {};
        let tableStyle = tableOptions.style;
        setOption(style, tableStyle, "padding-left", this);
        setOption(style, tableStyle, "padding-right", this);
        this.head = style.head || tableStyle.head;
        this.border = style.border || tableStyle.border;
        this.fixedWidth = tableOptions.colWidths[this.x];
        this.lines = this.computeLines(tableOptions);
        this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
        this.desiredHeight = this.lines.length;
      }
      computeLines(tableOptions) {
        const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
        const { wordWrap = tableWordWrap } = this.options;
        if (this.fixedWidth && wordWrap) {
          this.fixedWidth -= this.paddingLeft + this.paddingRight;
          if (this.colSpan) {
            let i2 = 1;
            while (i2 < this.colSpan) {
              this.fixedWidth += tableOptions.colWidths[this.x + i2];
              i2++;
            }
          }
          const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
          const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
          return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
        }
        return this.wrapLines(this.content.split("\n"));
      }
      wrapLines(computedLines) {
        const lines = utils.colorizeLines(computedLines);
        if (this.href) {
          return lines.map((line) => utils.hyperlink(this.href, line));
        }
        return lines;
      }
      /**
       * Initializes the Cells data structure.
       *
       * @param tableOptions - A fully populated set of tableOptions.
       * In addition to the standard default values, tableOptions must have fully populated the
       * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
       * of columns or rows (respectively) in this table, and each array item must be a Number.
       *
       */
      init(tableOptions) {
        let x2 = this.x;
        let y2 = this.y;
        this.widths = tableOptions.colWidths.slice(x2, x2 + this.colSpan);
        this.heights = tableOptions.rowHeights.slice(y2, y2 + this.rowSpan);
        this.width = this.widths.reduce(sumPlusOne, -1);
        this.height = this.heights.reduce(sumPlusOne, -1);
        this.hAlign = this.options.hAlign || tableOptions.colAligns[x2];
        this.vAlign = this.options.vAlign || tableOptions.rowAligns[y2];
        this.drawRight = x2 + this.colSpan == tableOptions.colWidths.length;
      }
      /**
       * Draws the given line of the cell.
       * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
       * @param lineNum - can be `top`, `bottom` or a numerical line number.
       * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
       * many rows below it's being called from. Otherwise it's undefined.
       * @returns {String} The representation of this line.
       */
      draw(lineNum, spanningCell) {
        if (lineNum == "top") return this.drawTop(this.drawRight);
        if (lineNum == "bottom") return this.drawBottom(this.drawRight);
        let content = utils.truncate(this.content, 10, this.truncate);
        if (!lineNum) {
          info(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
        } else {
        }
        let padLen = Math.max(this.height - this.lines.length, 0);
        let padTop;
        switch (this.vAlign) {
          case "center":
            padTop = Math.ceil(padLen / 2);
            break;
          case "bottom":
            padTop = padLen;
            break;
          default:
            padTop = 0;
        }
        if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
          return this.drawEmpty(this.drawRight, spanningCell);
        }
        let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
        return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
      }
      /**
       * Renders the top line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawTop(drawRight) {
        let content = [];
        if (this.cells) {
          this.widths.forEach(function(width, index) {
            content.push(this._topLeftChar(index));
            content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], width));
          }, this);
        } else {
          content.push(this._topLeftChar(0));
          content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], this.width));
        }
        if (drawRight) {
          content.push(this.chars[this.y == 0 ? "topRight" : "rightMid"]);
        }
        return this.wrapWithStyleColors("border", content.join(""));
      }
      _topLeftChar(offset) {
        let x2 = this.x + offset;
        let leftChar;
        if (this.y == 0) {
          leftChar = x2 == 0 ? "topLeft" : offset == 0 ? "topMid" : "top";
        } else {
          if (x2 == 0) {
            leftChar = "leftMid";
          } else {
            leftChar = offset == 0 ? "midMid" : "bottomMid";
            if (this.cells) {
              let spanAbove = this.cells[this.y - 1][x2] instanceof _Cell.ColSpanCell;
              if (spanAbove) {
                leftChar = offset == 0 ? "topMid" : "mid";
              }
              if (offset == 0) {
                let i2 = 1;
                while (this.cells[this.y][x2 - i2] instanceof _Cell.ColSpanCell) {
                  i2++;
                }
                if (this.cells[this.y][x2 - i2] instanceof _Cell.RowSpanCell) {
                  leftChar = "leftMid";
                }
              }
            }
          }
        }
        return this.chars[leftChar];
      }
      wrapWithStyleColors(styleProperty, content) {
        if (this[styleProperty] && this[styleProperty].length) {
          try {
            let colors = require_safe();
            for (let i2 = this[styleProperty].length - 1; i2 >= 0; i2--) {
              colors = colors[this[styleProperty][i2]];
            }
            return colors(content);
          } catch (e2) {
            return content;
          }
        } else {
          return content;
        }
      }
      /**
       * Renders a line of text.
       * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
       * There may be top-padding above the first line of text.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
       * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
       * only include the truncation symbol if the text will not fit horizontally within the cell width.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let leftPadding = utils.repeat(" ", this.paddingLeft);
        let right = drawRight ? this.chars["right"] : "";
        let rightPadding = utils.repeat(" ", this.paddingRight);
        let line = this.lines[lineNum];
        let len = this.width - (this.paddingLeft + this.paddingRight);
        if (forceTruncationSymbol) line += this.truncate || "\u2026";
        let content = utils.truncate(line, len, this.truncate);
        content = utils.pad(content, len, " ", this.hAlign);
        content = leftPadding + content + rightPadding;
        return this.stylizeLine(left, content, right);
      }
      stylizeLine(left, content, right) {
        left = this.wrapWithStyleColors("border", left);
        right = this.wrapWithStyleColors("border", right);
        if (this.y === 0) {
          content = this.wrapWithStyleColors("head", content);
        }
        return left + content + right;
      }
      /**
       * Renders the bottom line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawBottom(drawRight) {
        let left = this.chars[this.x == 0 ? "bottomLeft" : "bottomMid"];
        let content = utils.repeat(this.chars.bottom, this.width);
        let right = drawRight ? this.chars["bottomRight"] : "";
        return this.wrapWithStyleColors("border", left + content + right);
      }
      /**
       * Renders a blank line of text within the cell. Used for top and/or bottom padding.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawEmpty(drawRight, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let right = drawRight ? this.chars["right"] : "";
        let content = utils.repeat(" ", this.width);
        return this.stylizeLine(left, content, right);
      }
    };
    var ColSpanCell = class {
      /**
       * A Cell that doesn't do anything. It just draws empty lines.
       * Used as a placeholder in column spanning.
       * @constructor
       */
      constructor() {
      }
      draw(lineNum) {
        if (typeof lineNum === "number") {
          debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
        }
        return "";
      }
      init() {
      }
      mergeTableOptions() {
      }
    };
    var RowSpanCell = class {
      /**
       * A placeholder Cell for a Cell that spans multiple rows.
       * It delegates rendering to the original cell, but adds the appropriate offset.
       * @param originalCell
       * @constructor
       */
      constructor(originalCell) {
        this.originalCell = originalCell;
      }
      init(tableOptions) {
        let y2 = this.y;
        let originalY = this.originalCell.y;
        this.cellOffset = y2 - originalY;
        this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
      }
      draw(lineNum) {
        if (lineNum == "top") {
          return this.originalCell.draw(this.offset, this.cellOffset);
        }
        if (lineNum == "bottom") {
          return this.originalCell.draw("bottom");
        }
        debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
        return this.originalCell.draw(this.offset + 1 + lineNum);
      }
      mergeTableOptions() {
      }
    };
    function firstDefined(...args) {
      return args.filter((v2) => v2 !== void 0 && v2 !== null).shift();
    }
    function setOption(objA, objB, nameB, targetObj) {
      let nameA = nameB.split("-");
      if (nameA.length > 1) {
        nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
        nameA = nameA.join("");
        targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
      } else {
        targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
      }
    }
    function findDimension(dimensionTable, startingIndex, span) {
      let ret = dimensionTable[startingIndex];
      for (let i2 = 1; i2 < span; i2++) {
        ret += 1 + dimensionTable[startingIndex + i2];
      }
      return ret;
    }
    function sumPlusOne(a2, b) {
      return a2 + b + 1;
    }
    var CHAR_NAMES = [
      "top",
      "top-mid",
      "top-left",
      "top-right",
      "bottom",
      "bottom-mid",
      "bottom-left",
      "bottom-right",
      "left",
      "left-mid",
      "mid",
      "mid-mid",
      "right",
      "right-mid",
      "middle"
    ];
    module.exports = Cell;
    module.exports.ColSpanCell = ColSpanCell;
    module.exports.RowSpanCell = RowSpanCell;
  }
});

// node_modules/cli-table3/src/layout-manager.js
var require_layout_manager = __commonJS({
  "node_modules/cli-table3/src/layout-manager.js"(exports, module) {
    var { warn: warn2, debug } = require_debug();
    var Cell = require_cell();
    var { ColSpanCell, RowSpanCell } = Cell;
    (function() {
      function next(alloc, col) {
        if (alloc[col] > 0) {
          return next(alloc, col + 1);
        }
        return col;
      }
      function layoutTable(table) {
        let alloc = {};
        table.forEach(function(row, rowIndex) {
          let col = 0;
          row.forEach(function(cell) {
            cell.y = rowIndex;
            cell.x = rowIndex ? next(alloc, col) : col;
            const rowSpan = cell.rowSpan || 1;
            const colSpan = cell.colSpan || 1;
            if (rowSpan > 1) {
              for (let cs = 0; cs < colSpan; cs++) {
                alloc[cell.x + cs] = rowSpan;
              }
            }
            col = cell.x + colSpan;
          });
          Object.keys(alloc).forEach((idx) => {
            alloc[idx]--;
            if (alloc[idx] < 1) delete alloc[idx];
          });
        });
      }
      function maxWidth(table) {
        let mw = 0;
        table.forEach(function(row) {
          row.forEach(function(cell) {
            mw = Math.max(mw, cell.x + (cell.colSpan || 1));
          });
        });
        return mw;
      }
      function maxHeight(table) {
        return table.length;
      }
      function cellsConflict(cell1, cell2) {
        let yMin1 = cell1.y;
        let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
        let yMin2 = cell2.y;
        let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
        let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);
        let xMin1 = cell1.x;
        let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
        let xMin2 = cell2.x;
        let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
        let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);
        return yConflict && xConflict;
      }
      function conflictExists(rows, x2, y2) {
        let i_max = Math.min(rows.length - 1, y2);
        let cell = { x: x2, y: y2 };
        for (let i2 = 0; i2 <= i_max; i2++) {
          let row = rows[i2];
          for (let j = 0; j < row.length; j++) {
            if (cellsConflict(cell, row[j])) {
              return true;
            }
          }
        }
        return false;
      }
      function allBlank(rows, y2, xMin, xMax) {
        for (let x2 = xMin; x2 < xMax; x2++) {
          if (conflictExists(rows, x2, y2)) {
            return false;
          }
        }
        return true;
      }
      function addRowSpanCells(table) {
        table.forEach(function(row, rowIndex) {
          row.forEach(function(cell) {
            for (let i2 = 1; i2 < cell.rowSpan; i2++) {
              let rowSpanCell = new RowSpanCell(cell);
              rowSpanCell.x = cell.x;
              rowSpanCell.y = cell.y + i2;
              rowSpanCell.colSpan = cell.colSpan;
              insertCell(rowSpanCell, table[rowIndex + i2]);
            }
          });
        });
      }
      function addColSpanCells(cellRows) {
        for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
          let cellColumns = cellRows[rowIndex];
          for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
            let cell = cellColumns[columnIndex];
            for (let k = 1; k < cell.colSpan; k++) {
              let colSpanCell = new ColSpanCell();
              colSpanCell.x = cell.x + k;
              colSpanCell.y = cell.y;
              cellColumns.splice(columnIndex + 1, 0, colSpanCell);
            }
          }
        }
      }
      function insertCell(cell, row) {
        let x2 = 0;
        while (x2 < row.length && row[x2].x < cell.x) {
          x2++;
        }
        row.splice(x2, 0, cell);
      }
      function fillInTable(table) {
        let h_max = maxHeight(table);
        let w_max = maxWidth(table);
        debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
        for (let y2 = 0; y2 < h_max; y2++) {
          for (let x2 = 0; x2 < w_max; x2++) {
            if (!conflictExists(table, x2, y2)) {
              let opts = { x: x2, y: y2, colSpan: 1, rowSpan: 1 };
              x2++;
              while (x2 < w_max && !conflictExists(table, x2, y2)) {
                opts.colSpan++;
                x2++;
              }
              let y22 = y2 + 1;
              while (y22 < h_max && allBlank(table, y22, opts.x, opts.x + opts.colSpan)) {
                opts.rowSpan++;
                y22++;
              }
              let cell = new Cell(opts);
              cell.x = opts.x;
              cell.y = opts.y;
              warn2(`Missing cell at ${cell.y}-${cell.x}.`);
              insertCell(cell, table[y2]);
            }
          }
        }
      }
      function generateCells(rows) {
        return rows.map(function(row) {
          if (!Array.isArray(row)) {
            let key2 = Object.keys(row)[0];
            row = row[key2];
            if (Array.isArray(row)) {
              row = row.slice();
              row.unshift(key2);
            } else {
              row = [key2, row];
            }
          }
          return row.map(function(cell) {
            return new Cell(cell);
          });
        });
      }
      function makeTableLayout(rows) {
        let cellRows = generateCells(rows);
        layoutTable(cellRows);
        fillInTable(cellRows);
        addRowSpanCells(cellRows);
        addColSpanCells(cellRows);
        return cellRows;
      }
      module.exports = {
        makeTableLayout,
        layoutTable,
        addRowSpanCells,
        maxWidth,
        fillInTable,
        computeWidths: makeComputeWidths("colSpan", "desiredWidth", "x", 1),
        computeHeights: makeComputeWidths("rowSpan", "desiredHeight", "y", 1)
      };
    })();
    function makeComputeWidths(colSpan, desiredWidth, x2, forcedMin) {
      return function(vals, table) {
        let result = [];
        let spanners = [];
        let auto = {};
        table.forEach(function(row) {
          row.forEach(function(cell) {
            if ((cell[colSpan] || 1) > 1) {
              spanners.push(cell);
            } else {
              result[cell[x2]] = Math.max(result[cell[x2]] || 0, cell[desiredWidth] || 0, forcedMin);
            }
          });
        });
        vals.forEach(function(val, index) {
          if (typeof val === "number") {
            result[index] = val;
          }
        });
        for (let k = spanners.length - 1; k >= 0; k--) {
          let cell = spanners[k];
          let span = cell[colSpan];
          let col = cell[x2];
          let existingWidth = result[col];
          let editableCols = typeof vals[col] === "number" ? 0 : 1;
          if (typeof existingWidth === "number") {
            for (let i2 = 1; i2 < span; i2++) {
              existingWidth += 1 + result[col + i2];
              if (typeof vals[col + i2] !== "number") {
                editableCols++;
              }
            }
          } else {
            existingWidth = desiredWidth === "desiredWidth" ? cell.desiredWidth - 1 : 1;
            if (!auto[col] || auto[col] < existingWidth) {
              auto[col] = existingWidth;
            }
          }
          if (cell[desiredWidth] > existingWidth) {
            let i2 = 0;
            while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
              if (typeof vals[col + i2] !== "number") {
                let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
                existingWidth += dif;
                result[col + i2] += dif;
                editableCols--;
              }
              i2++;
            }
          }
        }
        Object.assign(vals, result, auto);
        for (let j = 0; j < vals.length; j++) {
          vals[j] = Math.max(forcedMin, vals[j] || 0);
        }
      };
    }
  }
});

// node_modules/cli-table3/src/table.js
var require_table = __commonJS({
  "node_modules/cli-table3/src/table.js"(exports, module) {
    var debug = require_debug();
    var utils = require_utils2();
    var tableLayout = require_layout_manager();
    var Table2 = class extends Array {
      constructor(opts) {
        super();
        const options = utils.mergeOptions(opts);
        Object.defineProperty(this, "options", {
          value: options,
          enumerable: options.debug
        });
        if (options.debug) {
          switch (typeof options.debug) {
            case "boolean":
              debug.setDebugLevel(debug.WARN);
              break;
            case "number":
              debug.setDebugLevel(options.debug);
              break;
            case "string":
              debug.setDebugLevel(parseInt(options.debug, 10));
              break;
            default:
              debug.setDebugLevel(debug.WARN);
              debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
          }
          Object.defineProperty(this, "messages", {
            get() {
              return debug.debugMessages();
            }
          });
        }
      }
      toString() {
        let array = this;
        let headersPresent = this.options.head && this.options.head.length;
        if (headersPresent) {
          array = [this.options.head];
          if (this.length) {
            array.push.apply(array, this);
          }
        } else {
          this.options.style.head = [];
        }
        let cells = tableLayout.makeTableLayout(array);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.mergeTableOptions(this.options, cells);
          }, this);
        }, this);
        tableLayout.computeWidths(this.options.colWidths, cells);
        tableLayout.computeHeights(this.options.rowHeights, cells);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.init(this.options);
          }, this);
        }, this);
        let result = [];
        for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
          let row = cells[rowIndex];
          let heightOfRow = this.options.rowHeights[rowIndex];
          if (rowIndex === 0 || !this.options.style.compact || rowIndex == 1 && headersPresent) {
            doDraw(row, "top", result);
          }
          for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
            doDraw(row, lineNum, result);
          }
          if (rowIndex + 1 == cells.length) {
            doDraw(row, "bottom", result);
          }
        }
        return result.join("\n");
      }
      get width() {
        let str = this.toString().split("\n");
        return str[0].length;
      }
    };
    Table2.reset = () => debug.reset();
    function doDraw(row, lineNum, result) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str = line.join("");
      if (str.length) result.push(str);
    }
    module.exports = Table2;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    module.exports = require_table();
  }
});

// src/render/table.ts
function renderTerminalTable(head, rows, options) {
  const natural = head.map((title, column) => Math.max(widthOf(title), ...rows.map((row) => widthOf(row[column] ?? ""))) + PADDING);
  const borders = head.length + 1;
  const others = natural.reduce((sum, width, column) => column === options.flexible ? sum : sum + width, 0);
  const colWidths = [...natural];
  colWidths[options.flexible] = Math.max(MIN_FLEXIBLE, Math.min(natural[options.flexible], options.width - others - borders));
  const table = new import_cli_table3.default({
    head: [...head],
    colWidths,
    wordWrap: options.wrap,
    // cli-table3 colours the head red and the borders grey by default: colour only where policydiff's output has it.
    style: { head: options.color ? ["bold"] : [], border: [] },
    ...options.compact === true ? { chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } } : {}
  });
  table.push(...rows.map((row) => [...row]));
  return `${table.toString()}
`;
}
var import_cli_table3, MIN_FLEXIBLE, PADDING, widthOf;
var init_table = __esm({
  "src/render/table.ts"() {
    "use strict";
    import_cli_table3 = __toESM(require_cli_table3(), 1);
    MIN_FLEXIBLE = 12;
    PADDING = 2;
    widthOf = (cell) => Math.max(0, ...cell.split("\n").map((line) => [...line].length));
  }
});

// src/render/history-table.ts
function historyRow(change, level, entry) {
  const { stats } = change.diff;
  return {
    date: change.date,
    commits: change.commits.length,
    level,
    added: stats.added,
    changed: stats.modified + stats.renamed + stats.moved,
    removed: stats.removed,
    entry: entry ?? ""
  };
}
function renderHistoryTable(rows, options) {
  const cells = rows.map((row) => [row.date, String(row.commits), row.level, String(row.added), String(row.changed), String(row.removed), row.entry]);
  return renderTerminalTable(HEAD, cells, { ...options, flexible: HEAD.length - 1, wrap: false, compact: true });
}
var HEAD;
var init_history_table = __esm({
  "src/render/history-table.ts"() {
    "use strict";
    init_table();
    HEAD = ["Date", "Commits", "Significance", "Added", "Changed", "Removed", "Entry"];
  }
});

// src/cli/commands/history-summary.ts
async function runSummary(start, files, options) {
  if (options.format !== "text" || options.html !== void 0) {
    throw usageError("--summary prints a table for the terminal: drop --format and --html, or drop --summary");
  }
  const progress = new Progress();
  progress.update("reading the repository\u2026");
  try {
    const { context, paths, total, changes } = await readChanges(start, files, options, progress);
    const writer = new EntryWriter({ pattern: entryDatePattern(options.dateFormat, context.config.dateFormat), lang: options.lang });
    const rows = [];
    let done = 0;
    for (const change of changes) {
      done += change.commits.length;
      progress.update(`comparing versions ${done}/${total}\u2026`);
      const entry = writer.forChange(change);
      rows.push(withControlsShown(historyRow(change, changeLevel(change), entry?.line)));
    }
    progress.done();
    writeOut(rows.length === 0 ? `No changes to ${paths.join(", ")} ${rangeWords(start, options.to)}.
` : renderHistoryTable(rows, { width: terminalWidth(), color: useColor() }));
    writer.printWarnings();
    checkFailOnLevels(rows.map((row) => row.level), options.failOn);
  } finally {
    progress.done();
  }
}
var init_history_summary = __esm({
  "src/cli/commands/history-summary.ts"() {
    "use strict";
    init_entries();
    init_errors();
    init_significance();
    init_history_table();
    init_render();
    init_output();
    init_progress();
    init_entry_options();
    init_read_changes();
  }
});

// src/cli/commands/history.ts
var history_exports = {};
__export(history_exports, {
  register: () => register3
});
import { join as join8, resolve as resolve8 } from "node:path";
async function runHistory(start, files, options) {
  if (options.dateFormat !== void 0) entryDatePattern(options.dateFormat);
  if (options.summary === true) return runSummary(start, files, options);
  const progress = new Progress();
  progress.update("reading the repository\u2026");
  try {
    const { context, paths, total, changes: read } = await readChanges(start, files, options, progress);
    const { repo } = context;
    const pattern = entryDatePattern(options.dateFormat, context.config.dateFormat);
    if (options.html !== void 0) refuseToOverwrite(resolve8(context.base, options.html), paths.map((path) => join8(repo.root, path)), options.html);
    const reportFile = options.html === void 0 ? void 0 : await reportTarget(context, options.html, paths);
    const color = useColor();
    const renderOptions2 = context.config.dateFormat === void 0 ? { color } : { color, dateFormat: context.config.dateFormat };
    const when = rangeWords(start, options.to);
    const emptyText = `No changes to ${paths.join(", ")} ${when}.`;
    const output = new StreamedOutput();
    const list = options.format === "html" ? void 0 : new ListWriter(options.format, { key: "changes", emptyText }, output.write);
    const report = options.format === "html" || options.html !== void 0 ? new ReportPage({ title: `${paths.join(", ")} ${when}`, emptyText, keptContext: REPORT_CONTEXT }) : void 0;
    const dates = parseDateFormat(context.config.dateFormat ?? "YYYY-MM-DD");
    let newest;
    const writer = new EntryWriter({ pattern, lang: options.lang });
    const levels = [];
    let done = 0;
    for (const change of read) {
      done += change.commits.length;
      levels.push(changeLevel(change));
      const entry = writer.forChange(change);
      const line = entry === void 0 ? null : entryText(entry);
      if (report !== void 0) {
        const date = formatDate(change.date, dates);
        const shown = changeEntry({ ...change, date });
        report.add(line === null ? shown : { ...shown, summary: line });
        newest ??= date;
      }
      if (list === void 0) {
        progress.update(`comparing versions ${done}/${total}\u2026`);
        continue;
      }
      progress.done();
      if (options.format === "json") list.addValue(changeJson(change, line));
      else list.add(renderChange(forFormat(change, options.format), options.format, renderOptions2, line === null ? null : forFormat(line, options.format)));
      await output.drained();
    }
    progress.done();
    list?.end();
    if (report !== void 0) {
      const versions2 = {
        old: { label: start ?? "the first version" },
        new: newest === void 0 ? { label: options.to ?? "HEAD" } : { label: options.to ?? "HEAD", date: newest }
      };
      const page = report.chunks(versions2);
      if (reportFile !== void 0) writeFileUninterrupted(reportFile.path, page, reportFile.write);
      if (list === void 0) writeOut(page);
    }
    writer.printWarnings();
    checkFailOnLevels(levels, options.failOn);
  } finally {
    progress.done();
  }
}
function addRangeOptions(command) {
  return command.addOption(formatOption()).option("--summary", "a table of the changes, one row each: date, commits, significance, sections, entry line (on a terminal)").addOption(dateOption()).option("--per-commit", "one change per commit instead of one per day").addOption(htmlOption()).addOption(dateFormatOption()).addOption(failOnOption("a change of the range"));
}
function register3(program2) {
  addRangeOptions(addRepositoryOptions(
    program2.command("since").description("every change to the policy files from <start> (a tag, branch, commit or YYYY-MM-DD) to HEAD").argument("<start>", "where to start: a tag, branch or commit, or a date YYYY-MM-DD (changes from that day on)").argument("[files...]", "the policy files (default: found by name or by the config)").option("--to <revision>", "where to end (default: HEAD)")
  )).addHelpText(
    "after",
    `${HISTORY_HELP}

Examples:
  $ policydiff since v1
  $ policydiff since 2021-01-01 -- docs/privacy.md
  $ policydiff since v1 --to v2 --format md > CHANGES.md
  $ policydiff since v1 --format json | jq '.changes[] | {date, file, stats}'
  $ policydiff since v1 --html changes.html
  $ policydiff since 2024-01-01 --summary`
  ).action((start, files, options) => runHistory(start, files, options));
  addRangeOptions(addRepositoryOptions(
    program2.command("log").description("the whole history of the policy files, newest change first").argument("[files...]", "the policy files (default: found by name or by the config)").option("--to <revision>", "where to end (default: HEAD)")
  )).addHelpText(
    "after",
    `${HISTORY_HELP}

Examples:
  $ policydiff log
  $ policydiff log privacy.md --per-commit --date committer
  $ policydiff log --summary                  one line per change, to fit a screen
  $ policydiff log -C ../website --format json`
  ).action((files, options) => runHistory(void 0, files, options));
}
var REPORT_CONTEXT, HISTORY_HELP;
var init_history3 = __esm({
  "src/cli/commands/history.ts"() {
    "use strict";
    init_entries();
    init_changes();
    init_render();
    init_output();
    init_progress();
    init_interrupt();
    init_repository();
    init_entries();
    init_significance();
    init_entry_options();
    init_read_changes();
    init_history_summary();
    REPORT_CONTEXT = 1;
    HISTORY_HELP = `
Files come after the options (or after --); without them policydiff reads the files listed in
policydiff.config.json ("files"), else the tracked .md/.txt files named like a policy.`;
  }
});

// src/cli/edit-file.ts
import { existsSync as existsSync9, readFileSync as readFileSync5 } from "node:fs";
function decodeFile(bytes, shown, missingOk) {
  if (bytes === void 0) {
    if (missingOk) return { text: "", encoding: "utf-8" };
    throw inputError(`${quote(shown)} does not exist in the working tree: check it out, or run from the repository that has it`);
  }
  return decodeText(bytes, quote(shown), warn, "give a text file");
}
function editTextFile(path, shown, edit, options) {
  const write = { ...options.write, shown };
  if (options.dryRun) {
    const target = writeTarget(path, write);
    const { text } = decodeFile(existsSync9(target) ? readFileSync5(target) : void 0, shown, options.missingOk);
    return { before: text, after: edit(text), written: false };
  }
  let before = "";
  let after = "";
  const written = updateFileUninterrupted(
    path,
    (bytes) => {
      const file = decodeFile(bytes, shown, options.missingOk);
      before = file.text;
      after = edit(file.text);
      if (after === before) return void 0;
      return bytes === void 0 ? Buffer.from(after, "utf8") : editedBytes(bytes, file.encoding, after, quote(shown));
    },
    write
  );
  return { before, after, written };
}
var init_edit_file = __esm({
  "src/cli/edit-file.ts"() {
    "use strict";
    init_decode();
    init_lines();
    init_errors();
    init_write();
    init_interrupt();
    init_warnings();
  }
});

// src/cli/commands/changelog.ts
var changelog_exports = {};
__export(changelog_exports, {
  register: () => register4
});
import { existsSync as existsSync10, statSync as statSync5 } from "node:fs";
import { join as join9, resolve as resolve9 } from "node:path";
function apply(path, shown, merge, countNew, options) {
  const { before, after } = editTextFile(path, shown, merge, options);
  if (after === before) return `${shown} is up to date: no new entries.`;
  const added = countNew(before, after);
  const entries = added === 1 ? "1 entry" : `${added} entries`;
  if (options.dryRun) {
    writeOut(showControls(createPatch(shown, before, after, "", "", { context: 2 })));
    return `would add ${entries} to ${shown} (dry run: nothing written).`;
  }
  return `added ${entries} to ${shown}.`;
}
async function runChangelog(start, files, options) {
  if (options.write === void 0 && options.inPolicy !== true) {
    throw usageError("changelog needs a target: --write CHANGELOG.md, --in-policy, or both");
  }
  if (options.dateFormat !== void 0) entryDatePattern(options.dateFormat);
  const target = options.write === void 0 ? void 0 : resolve9(options.cwd ?? ".", options.write);
  if (target !== void 0 && existsSync10(target) && statSync5(target).isDirectory()) {
    throw new PolicydiffError("write", `${quote(options.write)} is a folder: give --write a file, e.g. --write ${join9(options.write, "CHANGELOG.md")}`);
  }
  const progress = new Progress();
  progress.update("reading the repository\u2026");
  const messages = [];
  try {
    const { context, paths, changes } = await readChanges(start, files, options, progress);
    const pattern = entryDatePattern(options.dateFormat, context.config.dateFormat);
    const writer = new EntryWriter({ pattern, lang: options.lang, required: true });
    const byFile = /* @__PURE__ */ new Map();
    const all = [];
    for (const change of changes) {
      progress.update(`comparing versions (${change.date})\u2026`);
      const entry = writer.forChange(change);
      if (entry === void 0) continue;
      all.push({ file: change.file, entry });
      byFile.set(change.file, [...byFile.get(change.file) ?? [], entry]);
    }
    progress.done();
    writer.printWarnings();
    const dryRun = options.dryRun === true;
    const policies = await policyFiles(context, paths);
    if (options.write !== void 0) {
      const shown = options.write;
      const path = resolve9(context.base, shown);
      const write = { confine: writeConfinement(context, path, "replace the link with the file, or give --write the path the link leads to") };
      refusePolicyTarget(path, `--write ${quote(shown)}`, policies, "give the changelog file, e.g. --write CHANGELOG.md", { ...write, shown });
      const named2 = paths.length > 1;
      const fileEntries = all.map(({ file, entry }) => {
        const item = { date: entry.date, line: named2 ? `${entry.dateText} ${file}: ${entry.text}` : entry.line };
        if (entry.notice !== void 0) item.notice = entry.notice;
        if (entry.override !== void 0) item.override = entry.override;
        return item;
      });
      const merge = (before) => {
        const merged = mergeIntoChangelog(before, fileEntries, { fileName: shown });
        return before === "" && merged !== "" && !merged.endsWith("\n") ? `${merged}
` : merged;
      };
      const countNew = (before, after) => fileEntries.filter((entry) => !before.includes(entry.line) && after.includes(entry.line)).length;
      messages.push(apply(path, shown, merge, countNew, { dryRun, missingOk: true, write }));
    }
    if (options.inPolicy === true) {
      const tracked = new Set(await context.repo.trackedFiles());
      for (const [file, entries] of byFile) {
        const path = join9(context.repo.root, file);
        if (!tracked.has(file) && !existsSync10(path)) {
          messages.push(`${file} was deleted: it has no change list to add to.`);
          continue;
        }
        refuseLinkOutOfRepository(context, path, file);
        const listEntries = entries.map((entry) => ({
          date: entry.date,
          text: entry.text,
          ...entry.document === "first" ? { firstVersion: true } : {}
        }));
        const listOptions = {
          fileName: file,
          ...options.input === void 0 ? {} : { format: options.input },
          ...headingOption(headingOverridesFor(context.config, file)),
          ...options.changeListHeading === void 0 ? {} : { heading: options.changeListHeading },
          ...options.dateFormat === void 0 ? {} : { dateFormat: pattern }
        };
        const merge = (before) => mergeIntoPolicyChangeList(before, listEntries, listOptions);
        const countNew = (before, after) => countAdded(before, after) > 0 ? listEntries.filter((entry) => !before.includes(entry.text) && after.includes(entry.text)).length : 0;
        messages.push(apply(path, file, merge, countNew, { dryRun, missingOk: false, write: { confine: writeConfinement(context, path, "give the policy file itself") } }));
      }
      if (byFile.size === 0) messages.push("no policy changes with an entry in the range: nothing to add to the change lists.");
    }
  } finally {
    progress.done();
  }
  process.stderr.write(`${messages.map((message) => `policydiff: ${message}`).join("\n")}
`);
}
function register4(program2) {
  addRepositoryOptions(
    program2.command("changelog").description("write the entries of the policy changes since [start] to CHANGELOG.md and/or the policy\u2019s own change list").argument("[start]", "where to start: a tag, branch or commit, or a date YYYY-MM-DD (default: the whole history)").argument("[files...]", "the policy files (default: found by name or by the config)").option("--to <revision>", "where to end (default: HEAD)").option("--write <file>", "add the entries not yet in this Keep a Changelog file (created if missing)").option("--in-policy", "append the new entry lines to the policy\u2019s own change list").option("--change-list-heading <heading>", "the heading of the policy\u2019s change list, when policydiff does not recognise it").option("--dry-run", "print the patch instead of writing")
  ).addOption(dateOption()).option("--per-commit", "one entry per commit instead of one per day").addOption(dateFormatOption()).addHelpText(
    "after",
    `
Examples:
  $ policydiff changelog --write CHANGELOG.md
  $ policydiff changelog v1 --write CHANGELOG.md --dry-run
  $ policydiff changelog v1 --in-policy -- privacy.md`
  ).action((start, files, options) => runChangelog(start, files, options));
}
var countAdded;
var init_changelog = __esm({
  "src/cli/commands/changelog.ts"() {
    "use strict";
    init_libesm();
    init_entries();
    init_errors();
    init_edit_file();
    init_output();
    init_render();
    init_progress();
    init_repository();
    init_entry_options();
    init_read_changes();
    init_headings();
    init_config();
    countAdded = (before, after) => Math.max(0, after.split("\n").length - before.split("\n").length);
  }
});

// src/cli/commands/notes.ts
var notes_exports = {};
__export(notes_exports, {
  register: () => register5
});
import { join as join10, relative as relative5, resolve as resolve10 } from "node:path";
async function runNotes(start, files, options) {
  if (options.out !== void 0) fastlaneNotesPath(".", options.store, "en", options.versionCode);
  const progress = new Progress();
  progress.update("reading the repository\u2026");
  const byLanguage = /* @__PURE__ */ new Map();
  let context;
  let paths;
  try {
    const range = await readChanges(start, files, options, progress);
    context = range.context;
    paths = range.paths;
    const writer = new EntryWriter({ pattern: entryDatePattern(void 0, context.config.dateFormat), lang: options.lang, required: true });
    for (const change of range.changes) {
      progress.update(`comparing versions (${change.date})\u2026`);
      const entry = writer.forChange(change);
      if (entry !== void 0) byLanguage.set(entry.language, [...byLanguage.get(entry.language) ?? [], entry]);
    }
    progress.done();
    writer.printWarnings();
  } finally {
    progress.done();
  }
  const notes = [...byLanguage].flatMap(([language, entries]) => {
    const text = storeNotes(entries, { store: options.store, language });
    return text === void 0 ? [] : [{ language, entries, text }];
  });
  if (notes.length === 0) {
    process.stderr.write(`policydiff: no policy changes for the release notes since ${start} (editorial changes only, or none): nothing written.
`);
  } else if (options.out === void 0) {
    if (options.format === "text") writeOut(showControls(notes.map(({ language, text }) => notes.length === 1 ? `${text}
` : `[${language}]
${text}
`).join("\n")));
  } else {
    await writeFastlane(notes, options.out, context, paths, options);
  }
  if (options.format === "json") writeOut(notesJson(notes, start, options));
}
function notesJson(notes, start, options) {
  const limit = STORE_LIMITS[options.store];
  const report = {
    schemaVersion: 1,
    since: start,
    to: options.to ?? "HEAD",
    store: options.store,
    limit,
    notes: notes.map(({ language, text, entries, file }) => ({ language, text, length: text.length, limit, entries: entries.map((entry) => entry.line), ...file === void 0 ? {} : { file: file.path, written: file.written } }))
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
async function writeFastlane(notes, given, context, paths, options) {
  const fastlane = resolve10(context.base, given);
  const policies = await policyFiles(context, paths);
  for (const note of notes) {
    const path = fastlaneNotesPath(fastlane, options.store, note.language, options.versionCode);
    const shown = join10(given, relative5(fastlane, path));
    const write = { createFolders: true, confine: writeConfinement(context, path) };
    refusePolicyTarget(path, quote(shown), policies, "replace the link with the file", { ...write, shown });
    const merge = (existing) => mergeReleaseNotes(
      existing,
      (budget) => {
        const text = storeNotes(note.entries, { store: options.store, language: note.language, limit: budget });
        if (text !== void 0) note.text = text;
        return text;
      },
      { store: options.store, language: note.language, fileName: shown }
    ) ?? existing;
    note.file = { path: shown, written: editTextFile(path, shown, merge, { dryRun: false, missingOk: true, write }).written };
  }
  const written = notes.flatMap((note) => note.file?.written === true ? [note.file.path] : []);
  process.stderr.write(written.length === 0 ? "policydiff: the release notes are up to date.\n" : written.map((path) => `policydiff: wrote ${path}
`).join(""));
}
function register5(program2) {
  addRepositoryOptions(
    program2.command("notes").description(`release notes for an app update about the policy changes since <ref> (Google Play ${STORE_LIMITS.play} characters, App Store ${STORE_LIMITS.appstore})`).argument("<ref>", "the release the notes are since: a tag, branch or commit, or a date YYYY-MM-DD").argument("[files...]", "the policy files (default: found by name or by the config)").addOption(new Option("--store <store>", "the store whose limit the notes keep to").choices(["play", "appstore"]).makeOptionMandatory()).option("--to <revision>", "where to end (default: HEAD)").option("--out <fastlane-dir>", "write the notes into fastlane metadata under this folder (e.g. fastlane), merging with what is there").option("--version-code <n>", "the Android versionCode the Google Play notes are filed under (with --store play --out)")
  ).addOption(formatOption(["text", "json"])).addOption(dateOption()).addHelpText(
    "after",
    `
Examples:
  $ policydiff notes v2.3.0 --store play
  $ policydiff notes v2.3.0 --store play --out fastlane --version-code 42
  $ policydiff notes v2.3.0 --store appstore --out fastlane
  $ policydiff notes v2.3.0 --store play --format json | jq '.notes[] | {language, length, limit}'`
  ).action((start, files, options) => runNotes(start, files, options));
}
var init_notes = __esm({
  "src/cli/commands/notes.ts"() {
    "use strict";
    init_esm();
    init_entries();
    init_errors();
    init_edit_file();
    init_output();
    init_render();
    init_progress();
    init_repository();
    init_entry_options();
    init_read_changes();
  }
});

// src/check/dates.ts
function monthNumber(word) {
  const name = word.toLowerCase().replace(/\.$/, "");
  const exact = MONTHS.findIndex((names2) => names2.some((candidate) => candidate === name || FINNISH_STEM.test(candidate) && name.startsWith(candidate)));
  if (exact !== -1) return exact + 1;
  const prefixed = name.length >= 3 ? MONTHS.flatMap((names2, index) => names2.some((candidate) => candidate.startsWith(name)) ? [index] : []) : [];
  return prefixed.length === 1 ? prefixed[0] + 1 : void 0;
}
function readings(text) {
  const value = text.trim();
  const numeric = /^(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})$/.exec(value);
  if (numeric === null) {
    const day = readNamedDate(value);
    return day === void 0 ? [] : [day];
  }
  const [, first, separator, second, year] = numeric;
  const dayFirst = isoDay(fullYear(year), Number(second), Number(first));
  const monthFirst = separator === "." ? void 0 : isoDay(fullYear(year), Number(first), Number(second));
  return [...new Set([dayFirst, monthFirst].filter((day) => day !== void 0))];
}
function readNamedDate(value) {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match !== null) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = new RegExp("^(\\d{1,2})(?:er|\\.)?\\s+(\\p{L}+\\.?)\\s+(\\d{4})$", "u").exec(value);
  if (match !== null) return dayOf(Number(match[3]), match[2], Number(match[1]));
  match = new RegExp("^(\\p{L}+\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$", "u").exec(value);
  if (match !== null) return dayOf(Number(match[3]), match[1], Number(match[2]));
  match = new RegExp("^(\\p{L}+\\.?)[\\s-]+(\\d{4})$", "u").exec(value);
  if (match !== null) {
    const month = monthNumber(match[1]);
    return month === void 0 ? void 0 : isoDay(Number(match[2]), month, new Date(Date.UTC(Number(match[2]), month, 0)).getUTCDate());
  }
  return void 0;
}
function dayOf(year, monthName, day) {
  const month = monthNumber(monthName);
  return month === void 0 ? void 0 : isoDay(year, month, day);
}
function findLastUpdated(text) {
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/^[\s\u00a0#>]+/, "").trim();
    const match = LINE.exec(line);
    if (match === null) continue;
    const dateText = match[1];
    const found = { line: index + 1, text: line, dateText };
    const [date, otherDate] = readings(dateText);
    if (date !== void 0) found.date = date;
    if (otherDate !== void 0) found.otherDate = otherDate;
    if (date === void 0 && new RegExp("\\p{L}", "u").test(dateText)) continue;
    return found;
  }
  return void 0;
}
function isLastUpdatedLine(sentence) {
  return findLastUpdated(sentence) !== void 0;
}
var LABELS, CONNECTORS, MONTHS, FINNISH_STEM, NUMERIC_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, DATE, escape, alternatives, LINE, fullYear;
var init_dates2 = __esm({
  "src/check/dates.ts"() {
    "use strict";
    init_dates();
    LABELS = [
      // sv
      "senast \xE4ndrad",
      "senast uppdaterad",
      "senaste uppdatering",
      "senast reviderad",
      "uppdaterad",
      "g\xE4ller fr\xE5n och med",
      "g\xE4ller fr\xE5n",
      "g\xE4ller fr.o.m.",
      "ikrafttr\xE4dande",
      // en
      "last updated",
      "last update",
      "last modified",
      "last revised",
      "last changed",
      "updated",
      "revised",
      "date of last revision",
      "effective date",
      "effective",
      // fi
      "viimeksi p\xE4ivitetty",
      "p\xE4ivitetty viimeksi",
      "p\xE4ivitetty",
      "viimeksi muutettu",
      "muutettu viimeksi",
      "voimassa alkaen",
      "voimaantulop\xE4iv\xE4",
      // de
      "datum der letzten aktualisierung",
      "zuletzt aktualisiert",
      "letzte aktualisierung",
      "zuletzt ge\xE4ndert",
      "letzte \xE4nderung",
      "aktualisiert",
      "stand",
      "g\xFCltig ab",
      "g\xFCltig seit",
      "in kraft seit",
      // fr
      "date de la derni\xE8re mise \xE0 jour",
      "date de derni\xE8re mise \xE0 jour",
      "derni\xE8re mise \xE0 jour",
      "mise \xE0 jour",
      "mis \xE0 jour",
      "derni\xE8re modification",
      "date d'entr\xE9e en vigueur",
      "entr\xE9e en vigueur",
      "en vigueur",
      // da, nb
      "sidst opdateret",
      "senest opdateret",
      "opdateret",
      "sidst \xE6ndret",
      "senest \xE6ndret",
      "g\xE6ldende fra",
      "sist oppdatert",
      "sist endret",
      "sist revidert",
      "oppdatert",
      "gjelder fra",
      "gyldig fra"
    ];
    CONNECTORS = ["as of", "on", "from", "den", "am", "vom", "le", "\xE0 compter du", "\xE0 partir du", "depuis le", "depuis", "du", "fra og med", "fra", "d."];
    MONTHS = [
      ["january", "januari", "januar", "j\xE4nner", "janvier", "tammikuu"],
      ["february", "februari", "februar", "f\xE9vrier", "fevrier", "helmikuu"],
      ["march", "mars", "m\xE4rz", "marts", "maaliskuu"],
      ["april", "avril", "huhtikuu"],
      ["may", "maj", "mai", "toukokuu"],
      ["june", "juni", "juin", "kes\xE4kuu"],
      ["july", "juli", "juillet", "hein\xE4kuu"],
      ["august", "augusti", "ao\xFBt", "aout", "elokuu"],
      ["september", "septembre", "syyskuu"],
      ["october", "oktober", "octobre", "lokakuu"],
      ["november", "novembre", "marraskuu"],
      ["december", "dezember", "desember", "d\xE9cembre", "decembre", "joulukuu"]
    ];
    FINNISH_STEM = /kuu$/;
    NUMERIC_DATE = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})`;
    DAY_MONTH_YEAR = String.raw`\d{1,2}(?:er|\.)?\s+\p{L}+\.?\s+\d{4}`;
    MONTH_DAY_YEAR = String.raw`\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
    MONTH_YEAR = String.raw`\p{L}+\.?[\s-]+\d{4}(?=[\s*_.)]*$)`;
    DATE = `${NUMERIC_DATE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${MONTH_YEAR}`;
    escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['\u2019]");
    alternatives = (words2) => [...words2].sort((a2, b) => b.length - a2.length).map(escape).join("|");
    LINE = new RegExp(
      String.raw`^(?:[-*+•·–]\s+)?(?:.{0,40}?(?:${NUMERIC_DATE}|${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})[\s,;–—-]+)?[*_]*(?:${alternatives(LABELS)})(?:\s+(?:${alternatives(CONNECTORS)}))?[*_]*\s*[:：–—-]?\s*[*_]*\s*(${DATE})(?![\p{L}\p{N}])`,
      "iu"
    );
    fullYear = (year) => year.length === 2 ? 2e3 + Number(year) : Number(year);
  }
});

// src/check/translations.ts
function translationKey(path) {
  const segments = path.split("/");
  const name = segments.pop();
  const folderIndex = segments.findIndex((segment2) => LANGUAGE_CODES.has(segment2.toLowerCase()));
  if (folderIndex !== -1) {
    const language2 = segments[folderIndex].toLowerCase();
    segments[folderIndex] = "*";
    return { key: [...segments, name].join("/"), language: language2 };
  }
  const match = NAME_WITH_CODE.exec(name);
  const language = match?.[2]?.toLowerCase();
  if (match !== null && language !== void 0 && LANGUAGE_CODES.has(language)) {
    return { key: [...segments, `${match[1]}*${match[3]}`].join("/"), language };
  }
  const dot = name.lastIndexOf(".");
  return { key: [...segments, dot === -1 ? `${name}*` : `${name.slice(0, dot)}*${name.slice(dot)}`].join("/") };
}
function findTranslationSets(files) {
  const sets = /* @__PURE__ */ new Map();
  for (const file of files) {
    const { key: key2, language } = translationKey(file);
    const member = language === void 0 ? { file } : { file, language };
    sets.set(key2, [...sets.get(key2) ?? [], member]);
  }
  return [...sets.values()].filter((members) => members.length >= 2 && members.some((member) => member.language !== void 0));
}
function languageFromName(file) {
  return translationKey(file).language;
}
function anchorsOf(section) {
  const found = /* @__PURE__ */ new Set();
  const visit = (node) => {
    for (const block of node.blocks) for (const match of block.raw.matchAll(ANCHOR)) found.add(match[0].replace(/[.,]$/, ""));
    node.children.forEach(visit);
  };
  visit(section);
  return [...found];
}
function chapterShapes(document) {
  return document.sections.map((section, index) => {
    const shape = { position: index + 1, heading: section.heading, subsections: section.children.length, blocks: countBlocks(section), anchors: anchorsOf(section) };
    if (section.number !== void 0) shape.number = section.number;
    return shape;
  });
}
function likeness(a2, b) {
  let score = 1;
  if (a2.number !== void 0 && b.number !== void 0) score += a2.number === b.number ? 1 : -0.5;
  score += a2.subsections === b.subsections ? 1 : -0.5;
  const [small, large] = a2.blocks < b.blocks ? [a2.blocks, b.blocks] : [b.blocks, a2.blocks];
  score += large === 0 ? 1 : small / large;
  if (a2.anchors.length > 0 && b.anchors.length > 0) {
    const shared = a2.anchors.filter((anchor) => b.anchors.includes(anchor)).length;
    score += 2 * shared / (/* @__PURE__ */ new Set([...a2.anchors, ...b.anchors])).size;
  }
  return score;
}
function alignChapters(left, right) {
  const rows = left.length + 1;
  const columns = right.length + 1;
  const best = Array.from({ length: rows }, () => new Array(columns).fill(0));
  for (let i3 = left.length - 1; i3 >= 0; i3 -= 1) {
    for (let j2 = right.length - 1; j2 >= 0; j2 -= 1) {
      const score = likeness(left[i3], right[j2]);
      const pair = score > 0 ? score + best[i3 + 1][j2 + 1] : -Infinity;
      best[i3][j2] = Math.max(pair, best[i3 + 1][j2], best[i3][j2 + 1]);
    }
  }
  const pairs = [];
  let i2 = 0;
  let j = 0;
  while (i2 < left.length && j < right.length) {
    const score = likeness(left[i2], right[j]);
    if (score > 0 && best[i2][j] === score + best[i2 + 1][j + 1]) {
      pairs.push([i2, j]);
      i2 += 1;
      j += 1;
    } else if (best[i2][j] === best[i2 + 1][j]) {
      pairs.push([i2, void 0]);
      i2 += 1;
    } else {
      pairs.push([void 0, j]);
      j += 1;
    }
  }
  for (; i2 < left.length; i2 += 1) pairs.push([i2, void 0]);
  for (; j < right.length; j += 1) pairs.push([void 0, j]);
  return pairs;
}
function correspondingChapters(shapes) {
  const [reference = [], ...others] = shapes;
  const rows = reference.map((_2, index) => [index, ...others.map(() => void 0)]);
  const extras2 = /* @__PURE__ */ new Map();
  others.forEach((shape, otherIndex) => {
    let lastReference = -1;
    let extraCount = 0;
    for (const [left, right] of alignChapters(reference, shape)) {
      if (left !== void 0) {
        lastReference = left;
        extraCount = 0;
        rows[left][otherIndex + 1] = right;
      } else if (right !== void 0) {
        const group = extras2.get(lastReference) ?? [];
        extras2.set(lastReference, group);
        group[extraCount] ??= shapes.map(() => void 0);
        group[extraCount][otherIndex + 1] = right;
        extraCount += 1;
      }
    }
  });
  const ordered = [...extras2.get(-1) ?? []];
  rows.forEach((row, index) => ordered.push(row, ...extras2.get(index) ?? []));
  return ordered;
}
var LANGUAGE_CODES, CODE, NAME_WITH_CODE, countBlocks, ANCHOR;
var init_translations = __esm({
  "src/check/translations.ts"() {
    "use strict";
    LANGUAGE_CODES = /* @__PURE__ */ new Set([
      "sv",
      "en",
      "fi",
      "de",
      "da",
      "nb",
      "nn",
      "no",
      "is",
      "fr",
      "es",
      "it",
      "nl",
      "pt",
      "pl",
      "et",
      "lv",
      "lt",
      "ru",
      "uk",
      "cs",
      "sk",
      "hu",
      "ro",
      "el"
    ]);
    CODE = String.raw`([a-z]{2})(?:[-_][a-z]{2})?`;
    NAME_WITH_CODE = new RegExp(String.raw`^(.+?)[._-]${CODE}(\.[^.]+)$`, "i");
    countBlocks = (section) => section.blocks.length + section.children.reduce((sum, child) => sum + countBlocks(child), 0);
    ANCHOR = /https?:\/\/[^\s)>\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+(?:[.,:/-]\d+)*/g;
  }
});

// src/check/wording.ts
function shellWord(value) {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
var plural2, capitalize2;
var init_wording = __esm({
  "src/check/wording.ts"() {
    "use strict";
    plural2 = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
    capitalize2 = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  }
});

// src/check/drift.ts
function chapterChangeLevels(diff) {
  const changes = /* @__PURE__ */ new Map();
  const meaningfulChapters = new Set(
    (diff.significance?.reasons ?? []).filter((reason) => reason.level !== "editorial" && !isLastUpdatedLine(reason.new ?? reason.old ?? "")).map((reason) => reason.path[0])
  );
  let chapter = -1;
  let current;
  for (const section of diff.sections) {
    if (section.level === 0) continue;
    if (section.level === 1) {
      if (section.status === "removed") {
        current = void 0;
        continue;
      }
      chapter += 1;
      current = chapter;
    }
    if (current === void 0) continue;
    const textChanges = section.changes.filter(
      (change) => change.type !== "formatting" && !isLastUpdatedLine(change.new ?? "") && !isLastUpdatedLine(change.old ?? "")
    );
    const changed = textChanges.length > 0 || section.status === "added" || section.status === "removed" || section.status === "renamed" || section.status === "moved";
    if (!changed) continue;
    const chapterHeading = section.level === 1 ? section.heading : section.path[0];
    const level = meaningfulChapters.has(chapterHeading) ? "meaningful" : "editorial";
    if (changes.get(current) !== "meaningful") changes.set(current, level);
  }
  return changes;
}
function structureFindings(set, shapes, rows, explained) {
  const findings = [];
  const renumbered = rows.some((row) => row.includes(void 0));
  for (const [rowIndex, row] of rows.entries()) {
    const present = row.flatMap((index, member) => index === void 0 ? [] : [{ member, shape: shapes[member][index] }]);
    const first = present[0];
    row.forEach((index, member) => {
      const file = set[member].file;
      if (index !== void 0) return;
      const others = present.map(({ member: other, shape }) => `${named(shape)} of ${set[other].file}`).join(", ");
      findings.push({
        check: "translation-drift",
        severity: "error",
        file,
        message: `${file} has no chapter corresponding to ${others}: a chapter added or removed in one language only.`,
        chapters: present.map(({ member: other, shape }) => chapterRef(set[other].file, shape)),
        fix: `translate ${named(first.shape)} into ${file}, or remove it from ${present.map(({ member: other }) => set[other].file).join(" and ")}.`
      });
    });
    if (present.length !== row.length || explained.has(rowIndex)) continue;
    const reference = first.shape;
    for (const { member, shape } of present.slice(1)) {
      const file = set[member].file;
      const referenceFile = set[first.member].file;
      const problems = [];
      if (!renumbered && reference.number !== void 0 && shape.number !== void 0 && reference.number !== shape.number) {
        problems.push(`is numbered ${shape.number}, its counterpart ${named(reference)} of ${referenceFile} ${reference.number}`);
      }
      if (reference.subsections !== shape.subsections) {
        problems.push(`has ${plural2(shape.subsections, "subsection")}, its counterpart ${named(reference)} of ${referenceFile} ${reference.subsections}`);
      }
      if (problems.length === 0) continue;
      findings.push({
        check: "translation-drift",
        severity: "error",
        file,
        message: capitalize2(`${named(shape)} of ${file} ${problems.join("; it ")}.`),
        chapters: [chapterRef(referenceFile, reference), chapterRef(file, shape)],
        fix: `give ${named(shape)} of ${file} the numbering and subsections of ${named(reference)} of ${referenceFile}, or the other way round.`
      });
    }
  }
  return findings;
}
function changeFindings(set, shapes, rows, baseRef) {
  const findings = [];
  const found = /* @__PURE__ */ new Set();
  if (set.every((file) => file.diff === void 0)) return { findings, rows: found };
  const changes = set.map((file) => file.diff === void 0 ? /* @__PURE__ */ new Map() : chapterChangeLevels(file.diff));
  const added = set.map((file) => file.diff !== void 0 && file.before === void 0);
  for (const [rowIndex, row] of rows.entries()) {
    if (row.some((index) => index === void 0)) continue;
    const states = row.map((index, member) => added[member] ? "added" : changes[member].get(index));
    const leader = states.indexOf("meaningful") !== -1 ? states.indexOf("meaningful") : states.indexOf("editorial");
    if (leader === -1) continue;
    const severity = states[leader] === "meaningful" ? "error" : "warning";
    const leaderShape = shapes[leader][row[leader]];
    const leaderFile = set[leader].file;
    states.forEach((state, member) => {
      if (state !== void 0) return;
      found.add(rowIndex);
      const file = set[member].file;
      const shape = shapes[member][row[member]];
      const unchanged = set[member].diff === void 0 ? ` (${file} did not change at all since ${baseRef})` : "";
      findings.push({
        check: "translation-drift",
        severity,
        file,
        message: capitalize2(`${named(leaderShape)} changed in ${leaderFile} since ${baseRef}${severity === "warning" ? " (editorially)" : ""}, but its counterpart ${named(shape)} in ${file} did not${unchanged}.`),
        chapters: [chapterRef(leaderFile, leaderShape), chapterRef(file, shape)],
        fix: `translate the change into \u201C${shape.heading}\u201D of ${file} (policydiff diff ${shellWord(baseRef)} HEAD -- ${shellWord(leaderFile)} shows it)${severity === "warning" ? ", if it applies there" : ""}.`
      });
    });
  }
  return { findings, rows: found };
}
function translationDrift(set, baseRef) {
  const shapes = set.map((file) => chapterShapes(file.document));
  const rows = correspondingChapters(shapes);
  const changed = changeFindings(set, shapes, rows, baseRef);
  return [...structureFindings(set, shapes, rows, changed.rows), ...changed.findings];
}
function removedTranslations(removed, remaining, baseRef) {
  if (remaining.length === 0) return [];
  return removed.map((file) => ({
    check: "translation-drift",
    severity: "error",
    file,
    message: `${file} was removed since ${baseRef}, but its translations ${remaining.join(" and ")} were kept: a translation removed in one language only.`,
    fix: `restore it (git restore --source ${baseRef} -- ${file}), or, if the policy is no longer offered in that language, take it out of the translation set.`
  }));
}
var chapterRef, named;
var init_drift = __esm({
  "src/check/drift.ts"() {
    "use strict";
    init_dates2();
    init_translations();
    init_wording();
    chapterRef = (file, shape) => ({ file, position: shape.position, heading: shape.heading });
    named = (shape) => `chapter ${shape.position} \u201C${shape.heading}\u201D`;
  }
});

// src/check/policy-checks.ts
function newestMeaningful(file) {
  return file.changes.find((change) => isMeaningful(changeLevel(change)));
}
function inStyleOf(dateText, day) {
  const pattern = detectDatePattern([dateText]);
  return pattern === void 0 ? day : formatDate(day, pattern);
}
function staleDate(file) {
  const change = newestMeaningful(file);
  const line = findLastUpdated(file.text);
  if (change === void 0 || line === void 0) return [];
  const base = { check: "stale-date", file: file.file, commit: change.commits.at(-1).hash };
  if (line.date === void 0) {
    return [{ ...base, severity: "warning", message: `${file.file} line ${line.line} \u201C${line.text}\u201D has a date policydiff cannot read, so it cannot tell whether it follows ${commitName2(change)} of ${change.date}.`, fix: `write the date as YYYY-MM-DD, D.M.YYYY or \u201C18 November 2021\u201D.` }];
  }
  if (line.date >= change.date || line.otherDate !== void 0 && line.otherDate >= change.date) return [];
  const expected = `${line.text.slice(0, line.text.indexOf(line.dateText))}${inStyleOf(line.dateText, change.date)}`;
  const before = findLastUpdated(file.before ?? "");
  const untouched = before !== void 0 && before.text === line.text;
  const message = untouched ? `${file.file} still says \u201C${line.text}\u201D (line ${line.line}): it was not updated when ${commitName2(change)} changed the policy's meaning on ${change.date}.` : `${file.file} says \u201C${line.text}\u201D (line ${line.line}), a date before ${commitName2(change)}, which changed the policy's meaning on ${change.date}.`;
  return [{ ...base, severity: "error", message, fix: `set the line to ${change.date} or later, e.g. \u201C${expected}\u201D.` }];
}
function missingChangeEntry(file, baseRef) {
  const change = newestMeaningful(file);
  if (change === void 0) return [];
  const days = changeListDays(file);
  if (days === void 0 || days.some((day) => day >= change.date)) return [];
  const newest = days.reduce((max, day) => day > max ? day : max, "");
  return [
    {
      check: "missing-change-entry",
      severity: "error",
      file: file.file,
      commit: change.commits.at(-1).hash,
      message: `${file.file} keeps its own change list, but its newest meaningful change (${change.date}, ${commitName2(change)}) has no line in it${newest === "" ? "" : `; the newest line is of ${newest}`}.`,
      fix: `run policydiff changelog ${shellWord(baseRef)} --in-policy -- ${shellWord(file.file)}, or add the line by hand.`
    }
  ];
}
function significantWithoutNotice(file) {
  const findings = [];
  for (const change of file.changes) {
    if (change.diff.significance?.level !== "significant" || changeOverrides(change).level !== void 0) continue;
    const reasons = noticeFindings(change.diff.significance, "en", "significant");
    const shown = reasons.slice(0, 2).map((reason) => `${reason.messageEn.replace(/\.$/, "")}${reason.path.length === 0 ? "" : ` (${reason.path.join(" \u203A ")})`}`);
    const more = reasons.length > shown.length ? ` and ${reasons.length - shown.length} more` : "";
    findings.push({
      check: "significant-without-notice",
      severity: "error",
      file: file.file,
      commit: change.commits.at(-1).hash,
      message: `${capitalize2(commitName2(change))} makes a significant change to ${file.file} without a Policy-Significance trailer: ${shown.join("; ")}${more}.`,
      fix: "plan the notice to the people the policy covers, then add the trailer \u201CPolicy-Significance: significant\u201D to the commit message (git commit --amend, or the squash or merge message)."
    });
  }
  return findings;
}
var short2, commitName2, isMeaningful, changeListDays;
var init_policy_checks = __esm({
  "src/check/policy-checks.ts"() {
    "use strict";
    init_notice();
    init_trailers();
    init_dates();
    init_policy_list();
    init_dates2();
    init_wording();
    short2 = (hash2) => hash2.slice(0, 7);
    commitName2 = (change) => {
      const last = change.commits.at(-1);
      return `commit ${short2(last.hash)} \u201C${last.subject}\u201D`;
    };
    isMeaningful = (level) => level === "minor" || level === "significant";
    changeListDays = (file) => policyChangeListDays(file.text, { fileName: file.file, ...file.format === void 0 ? {} : { format: file.format } });
  }
});

// src/check/types.ts
var CHECK_NAMES;
var init_types2 = __esm({
  "src/check/types.ts"() {
    "use strict";
    CHECK_NAMES = ["translation-drift", "stale-date", "missing-change-entry", "significant-without-notice"];
  }
});

// src/check/render.ts
function tally(findings) {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return "no findings";
  return [errors > 0 ? plural2(errors, "error") : "", warnings > 0 ? plural2(warnings, "warning") : ""].filter(Boolean).join(", ");
}
function scope(report) {
  const sets = report.translationSets.length === 0 ? "" : `, ${plural2(report.translationSets.length, "translation set")}`;
  return `${plural2(report.files.length, "file")}${sets}, since ${report.base.ref} (${report.base.commit.slice(0, 7)})`;
}
function renderChecksText(report, options = {}) {
  const nothing = report.findings.length === 0 && report.applicable.length === 0;
  const lines = [`policydiff check: ${scope(report)}: ${nothing ? "nothing to check" : tally(report.findings)}.`];
  for (const { reason } of report.skipped) lines.push(`  not checked: ${reason}.`);
  if (report.findings.length === 0) return `${lines.join("\n")}
`;
  if (options.table !== void 0) {
    const rows = report.findings.map((finding) => [finding.severity, finding.check, finding.file, `${finding.message}
fix: ${finding.fix}`]);
    return `${lines.join("\n")}
${renderTerminalTable(["", "Check", "File", "Finding"], rows, { ...options.table, flexible: 3, wrap: true })}`;
  }
  for (const finding of report.findings) {
    lines.push("", `${finding.severity.padEnd(7)} ${finding.check}  ${finding.file}`, `  ${finding.message}`, `  fix: ${finding.fix}`);
  }
  return `${lines.join("\n")}
`;
}
function renderChecksMarkdown(findings, scopeLine, skipped = []) {
  const lines = ["### Checks", ""];
  if (scopeLine !== void 0) lines.push(escapeMarkdown(scopeLine), "");
  const notChecked = skipped.map(({ reason }) => `- Not checked: ${escapeMarkdown(reason)}.`);
  if (findings.length === 0) {
    const checked = CHECK_NAMES.filter((check) => !skipped.some((skip) => skip.check === check));
    if (checked.length === 0) lines.push("Nothing to check:", "", ...notChecked);
    else if (notChecked.length === 0) lines.push("All checks passed: translations in step, dates and change lists kept, significant changes acknowledged.");
    else lines.push(`All checks passed: ${checked.map((check) => PASSED[check]).join(", ")}.`, "", ...notChecked);
    return `${lines.join("\n")}
`;
  }
  lines.push(`**${tally(findings)}**`, "");
  for (const finding of findings) {
    const severity = finding.severity === "error" ? "**Error**" : "**Warning**";
    lines.push(`- ${severity} \xB7 ${CHECK_TITLES[finding.check]} \xB7 \`${finding.file.replace(/`/g, "'")}\`: ${escapeMarkdown(finding.message)}  `, `  Fix: ${escapeMarkdown(finding.fix)}`);
  }
  return `${lines.join("\n")}
`;
}
function renderCommentChecks(report) {
  if (report.findings.length > 0) return renderChecksMarkdown(report.findings);
  if (report.applicable.length === 0) return void 0;
  const passed = report.applicable.map((check) => PASSED[check]).join(", ");
  return `### Checks

All checks passed: ${passed}.
`;
}
function renderChecksJson(report) {
  const errors = report.findings.filter((finding) => finding.severity === "error").length;
  return `${JSON.stringify({ ...report, errors, warnings: report.findings.length - errors }, null, 2)}
`;
}
function renderChecks(report, format, options = {}) {
  if (format === "json") return renderChecksJson(report);
  if (format === "md") return renderChecksMarkdown(report.findings, `Checked ${scope(report)}.`, report.skipped);
  return renderChecksText(report, options);
}
var CHECK_TITLES, PASSED;
var init_render2 = __esm({
  "src/check/render.ts"() {
    "use strict";
    init_markdown_escape();
    init_table();
    init_types2();
    init_wording();
    CHECK_TITLES = {
      "translation-drift": "Translation drift",
      "stale-date": "Stale date",
      "missing-change-entry": "Missing change entry",
      "significant-without-notice": "Significant without notice"
    };
    PASSED = {
      "translation-drift": "translations in step",
      "stale-date": '"last updated" dates kept',
      "missing-change-entry": "change lists kept",
      "significant-without-notice": "significant changes acknowledged"
    };
  }
});

// src/check/index.ts
async function resolveBase(repo, base, label, head) {
  if (base !== void 0) return { ref: label ?? base, commit: await repo.resolveRevision(base) };
  const found = await repo.defaultBranchBase(head);
  if (found === void 0) {
    throw usageError("found no default branch (origin/HEAD, main or master) to start the check from: give --base <ref>, e.g. --base origin/main");
  }
  return found;
}
function translationSets2(config, configSource, files, tracked) {
  if (config.translations === void 0) return findTranslationSets(files).map((set) => set.map((member) => member.file));
  config.translations.forEach((set, index) => {
    const missing = set.find((file) => !tracked.has(file));
    if (missing !== void 0) {
      throw new PolicydiffError("config", `"translations[${index}]" in ${configSource} names ${quote(missing)}, which is not tracked: fix the path (git ls-files lists the tracked files)`);
    }
  });
  return config.translations;
}
function checkedFile(file, text, history, translated, options) {
  const language = configuredLanguage(options.config ?? {}, file) ?? languageFromName(file);
  const headings = headingOverridesFor(options.config ?? {}, file);
  const parseOptions = {
    fileName: file,
    ...options.format === void 0 ? {} : { format: options.format },
    ...headings === void 0 ? {} : { headings }
  };
  const checked = { file, text, document: parsePolicy(text, parseOptions), changes: [] };
  if (options.format !== void 0) checked.format = options.format;
  if (history === void 0 || history.versions.length === 0) return checked;
  const reading = readingOptions(options.config ?? {});
  const historyOptions = { perCommit: true, ...reading, ...headings === void 0 ? {} : { headings } };
  if (language !== void 0) historyOptions.language = language;
  if (options.format !== void 0) historyOptions.format = options.format;
  const changes = [...historyChanges(history, historyOptions)];
  if (history.before === void 0) changes.pop();
  checked.changes = changes.map((change) => ({ ...change, diff: withSignificance(change.diff, options.classify) }));
  const before = history.before?.text ?? "";
  if (history.before !== void 0) checked.before = before;
  if (!translated) return checked;
  const diffOptions = { ...parseOptions, ...reading, ...language === void 0 ? {} : { language } };
  checked.diff = withSignificance(diffPolicies(before, text, diffOptions), options.classify);
  return checked;
}
function discoverPolicies(tracked, config, configSource) {
  if (config.translations === void 0 || config.files !== void 0) return discoverPolicyFiles(tracked, config, configSource);
  return tracked.filter(looksLikePolicy);
}
function applicableChecks(files, translationSetFound, baseRef) {
  const why = {
    "translation-drift": translationSetFound ? void 0 : 'no translations: no two files of one policy in different languages (privacy.sv.md and privacy.en.md, or "translations" in policydiff.config.json)',
    "stale-date": files.some((file) => findLastUpdated(file.text) !== void 0) ? void 0 : 'no "last updated" line (such as "Last updated: 18 November 2021" or "Senast \xE4ndrad: 2021-11-18") to keep up to date',
    "missing-change-entry": files.some((file) => changeListDays(file) !== void 0) ? void 0 : `no change list of the policy's own (a chapter such as "Changes to this policy" with dated lines) to add entries to`,
    "significant-without-notice": files.some((file) => file.changes.some((change) => change.diff.significance?.level === "significant")) ? void 0 : `no significant change since ${baseRef} that would need a notice`
  };
  return {
    applicable: CHECK_NAMES.filter((name) => why[name] === void 0),
    skipped: CHECK_NAMES.flatMap((check) => why[check] === void 0 ? [] : [{ check, reason: why[check] }])
  };
}
async function runChecks(repo, options = {}) {
  const config = options.config ?? {};
  const configSource = options.configSource ?? "the config";
  const head = await repo.resolveRevision(options.head ?? "HEAD");
  const base = await resolveBase(repo, options.base, options.baseLabel, head);
  const deleted = new Set(base.commit === head ? [] : await repo.deletedFiles(head, base.commit));
  const candidates = [.../* @__PURE__ */ new Set([...await repo.trackedFiles(), ...deleted])].sort();
  const tracked = new Set(candidates);
  const policies = options.files !== void 0 ? [...options.files] : discoverPolicies(candidates, config, configSource);
  const sets = translationSets2(config, configSource, policies, tracked);
  const files = [.../* @__PURE__ */ new Set([...policies, ...sets.flat()])];
  const readOptions = { ...options.maxBytes === void 0 ? {} : { maxBytes: options.maxBytes }, ...options.onFallback === void 0 ? {} : { onFallback: options.onFallback } };
  const texts = await repo.readFilesAt(head, files, readOptions);
  const present = files.filter((file) => texts.has(file));
  const histories = base.commit === head ? [] : await repo.readHistories(present, { from: base.commit, to: head }, readOptions);
  const translated = new Set(sets.flat());
  const checked = new Map(present.map((file, index) => [file, checkedFile(file, texts.get(file), histories[index], translated.has(file), options)]));
  const findings = [];
  let translationSetFound = false;
  for (const set of sets) {
    const members = set.flatMap((file) => checked.get(file) ?? []);
    const removed = removedTranslations(set.filter((file) => !checked.has(file) && deleted.has(file)), members.map((member) => member.file), base.ref);
    if (removed.length > 0) translationSetFound = true;
    findings.push(...removed);
    if (members.length < 2) continue;
    translationSetFound = true;
    findings.push(...translationDrift(members, base.ref));
  }
  for (const file of checked.values()) {
    findings.push(...staleDate(file), ...missingChangeEntry(file, base.ref), ...significantWithoutNotice(file));
  }
  const { applicable, skipped } = applicableChecks([...checked.values()], translationSetFound, base.ref);
  return { schemaVersion: 1, base, head, files: present, translationSets: sets, applicable, skipped, findings: findings.sort(byCheck) };
}
var byCheck;
var init_check = __esm({
  "src/check/index.ts"() {
    "use strict";
    init_config();
    init_discover();
    init_diff();
    init_errors();
    init_history();
    init_parse();
    init_classify();
    init_dates2();
    init_drift();
    init_policy_checks();
    init_translations();
    init_types2();
    init_render2();
    init_dates2();
    init_translations();
    byCheck = (a2, b) => CHECK_NAMES.indexOf(a2.check) - CHECK_NAMES.indexOf(b.check);
  }
});

// src/github/client.ts
function nextPageUrl(link) {
  if (link === null) return void 0;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match !== null) return match[1];
  }
  return void 0;
}
function apiBase(apiUrl) {
  let url;
  try {
    url = new URL(apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`);
  } catch {
    url = void 0;
  }
  if (url === void 0 || url.protocol !== "https:" && url.protocol !== "http:") {
    throw new GitHubApiError(`GITHUB_API_URL ${JSON.stringify(apiUrl.slice(0, 200))} is not an http(s) address: unset it, or give ${API_EXAMPLE}`, 0, "invalid-url");
  }
  return url;
}
function isOwnComment(comment, marker) {
  const author = comment.user ?? void 0;
  const byBot = author?.type === "Bot" || author?.login === "github-actions[bot]";
  return byBot && (comment.body ?? "").startsWith(marker);
}
async function upsertComment(client, issue, body, options) {
  const existing = (await client.listIssueComments(issue)).find((comment) => isOwnComment(comment, options.marker));
  if (existing !== void 0) {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url };
    return { action: "updated", url: (await client.updateIssueComment(existing.id, body)).html_url };
  }
  if (!options.createIfMissing) return { action: "none" };
  try {
    return { action: "created", url: (await client.createIssueComment(issue, body)).html_url };
  } catch (error) {
    if (!(error instanceof GitHubApiError) || !error.uncertain) throw error;
    const created = (await client.listIssueComments(issue)).find((comment) => isOwnComment(comment, options.marker));
    if (created === void 0) return { action: "created", url: (await client.createIssueComment(issue, body)).html_url };
    return { action: "created", url: created.body === body ? created.html_url : (await client.updateIssueComment(created.id, body)).html_url };
  }
}
var GitHubApiError, REPOSITORY, DEFAULT_MAX_WAIT_SECONDS, DEFAULT_TIMEOUT_MS, DEFAULT_BUDGET_MS, DEFAULT_RETRY_DELAY_MS, API_EXAMPLE, sleep2, seconds, GitHubClient;
var init_client = __esm({
  "src/github/client.ts"() {
    "use strict";
    GitHubApiError = class extends Error {
      constructor(message, status, kind = "refused") {
        super(message);
        this.status = status;
        this.kind = kind;
        this.name = "GitHubApiError";
      }
      status;
      kind;
      /** A failure that says nothing of whether the request was done: a create may have happened all the same. */
      get uncertain() {
        return this.kind === "server-error" || this.kind === "timeout";
      }
    };
    REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
    DEFAULT_MAX_WAIT_SECONDS = 60;
    DEFAULT_TIMEOUT_MS = 3e4;
    DEFAULT_BUDGET_MS = 18e4;
    DEFAULT_RETRY_DELAY_MS = 1e3;
    API_EXAMPLE = "the API\u2019s address such as https://api.github.com";
    sleep2 = (ms) => new Promise((done) => setTimeout(done, ms));
    seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
    GitHubClient = class {
      constructor(options) {
        this.options = options;
        if (!REPOSITORY.test(options.repository)) throw new GitHubApiError(`GITHUB_REPOSITORY ${JSON.stringify(options.repository)} is not owner/name`, 0, "invalid-url");
        this.base = apiBase(options.apiUrl);
        this.maxWaitSeconds = options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
        this.attempts = options.attempts ?? 4;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
        this.retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
      }
      options;
      base;
      maxWaitSeconds;
      attempts;
      timeoutMs;
      budgetMs;
      retryDelayMs;
      /** When the budget runs out: set by the first request. */
      deadline;
      /** The token, and its base64 forms, never appear in what this module says. */
      redact(text) {
        const { token } = this.options;
        if (token === "") return text;
        const secrets = [`x-access-token:${token}`, token].flatMap((secret) => [Buffer.from(secret).toString("base64"), secret]);
        return secrets.sort((a2, b) => b.length - a2.length).reduce((redacted, secret) => redacted.split(secret).join("***"), text);
      }
      url(path) {
        return new URL(path.replace(/^\//, ""), this.base);
      }
      /** Seconds to wait before retrying a rate-limited answer, or undefined when the answer is not one. */
      rateLimitWait(response) {
        const retryAfter = response.headers.get("retry-after");
        const remaining = response.headers.get("x-ratelimit-remaining");
        if (response.status !== 429 && !(response.status === 403 && (retryAfter !== null || remaining === "0"))) return void 0;
        if (retryAfter !== null && Number.isFinite(Number(retryAfter))) return Math.max(0, Number(retryAfter));
        const reset = Number(response.headers.get("x-ratelimit-reset"));
        if (remaining === "0" && Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - Date.now() / 1e3));
        return 60;
      }
      /** Why a rate limit is not waited out, with when to run again. */
      rateLimitError(what, response, wait) {
        const reset = Number(response.headers.get("x-ratelimit-reset"));
        const when = response.headers.get("x-ratelimit-remaining") === "0" && Number.isFinite(reset) && reset > 0 ? `is used up until ${new Date(reset * 1e3).toISOString().slice(11, 16)} UTC (in ${Math.max(1, Math.round(wait / 60))} min): run the job again then` : `is reached and GitHub asks to wait ${wait} s, longer than policydiff waits: run the job again later`;
        return new GitHubApiError(this.redact(`${what}: GitHub's rate limit for this token ${when}`), response.status, "rate-limited");
      }
      /** One try: the answer's status, headers and whole body, or the failure to get them within `timeoutMs`. */
      async attempt(method, url, body, timeoutMs) {
        const what = `${method} ${url.pathname}`;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        let response;
        try {
          response = await fetch(url, {
            method,
            signal: controller.signal,
            headers: {
              accept: "application/vnd.github+json",
              authorization: `Bearer ${this.options.token}`,
              "x-github-api-version": "2022-11-28",
              "user-agent": "policydiff",
              ...body === void 0 ? {} : { "content-type": "application/json" }
            },
            ...body === void 0 ? {} : { body: JSON.stringify(body) }
          });
          return { response, text: await response.text() };
        } catch (error) {
          if (controller.signal.aborted) {
            const limit = seconds(this.timeoutMs);
            const stalled = response === void 0 ? `no answer from GitHub within ${limit}` : `the answer did not arrive within ${limit} (it began, then stalled)`;
            throw new GitHubApiError(`${what}: ${stalled}`, response?.status ?? 0, "timeout");
          }
          const cause = error instanceof Error ? error.cause?.message ?? error.message : String(error);
          throw new GitHubApiError(this.redact(`${what} could not reach ${url.origin}: ${cause}`), 0, "unreachable");
        } finally {
          clearTimeout(timer);
        }
      }
      /**
       * A request with its retries: server errors and timeouts again after a backoff (only where repeating it cannot
       * do it twice: not a POST), rate limits after their wait, all within the budget.
       */
      async request(method, url, body) {
        const what = `${method} ${url.pathname}`;
        const started = Date.now();
        this.deadline ??= started + this.budgetMs;
        const repeatable = method !== "POST";
        for (let attempt = 1; ; attempt += 1) {
          const left = this.deadline - Date.now();
          let outcome;
          try {
            outcome = await this.attempt(method, url, body, Math.max(1, Math.min(this.timeoutMs, left)));
          } catch (error) {
            if (!(error instanceof GitHubApiError) || error.kind !== "timeout") throw error;
            outcome = error;
          }
          if (!(outcome instanceof GitHubApiError)) {
            const { response, text } = outcome;
            if (response.ok) return outcome;
            const wait = this.rateLimitWait(response);
            if (wait !== void 0) {
              if (wait > this.maxWaitSeconds || wait * 1e3 > this.deadline - Date.now() || attempt >= this.attempts) throw this.rateLimitError(what, response, wait);
              await sleep2(wait * 1e3);
              continue;
            }
            if (response.status < 500) throw this.refusal(what, response.status, text);
            outcome = new GitHubApiError(`${what}: GitHub answered ${response.status} (a server error)`, response.status, "server-error");
          }
          const delay = this.retryDelayMs * 2 ** (attempt - 1);
          if (!repeatable || attempt >= this.attempts || Date.now() + delay >= this.deadline) {
            const took = `in ${Math.round((Date.now() - started) / 1e3)} s`;
            const tries = attempt === 1 ? "" : outcome.kind === "timeout" ? `, ${attempt} tries ${took}` : ` ${attempt} times ${took}`;
            throw new GitHubApiError(`${outcome.message}${tries}: GitHub may be down; run the job again later`, outcome.status, outcome.kind);
          }
          await sleep2(delay);
        }
      }
      /** A 4xx answer: the status and GitHub's message, which says what is wrong (a token, a permission, a name). */
      refusal(what, status, text) {
        let detail = "";
        try {
          detail = String(JSON.parse(text)?.message ?? "");
        } catch {
        }
        return new GitHubApiError(this.redact(`${what} answered ${status}${detail === "" ? "" : ` ${JSON.stringify(detail.slice(0, 200))}`}`), status, "refused");
      }
      /** The answer's JSON, or an error that says the answer is not what the API gives. */
      json(what, { response, text }) {
        try {
          return JSON.parse(text);
        } catch {
          const type = (response.headers.get("content-type") ?? "no content type").split(";")[0].trim();
          throw new GitHubApiError(`${what}: the answer (${response.status}, ${type}) is not JSON: check GITHUB_API_URL, it should be ${API_EXAMPLE}`, response.status, "invalid-answer");
        }
      }
      /** A comment as created or updated: its address is what the caller reports. */
      comment(what, answer) {
        const comment = this.json(what, answer);
        if (typeof comment?.html_url !== "string" || typeof comment.id !== "number") {
          throw new GitHubApiError(`${what}: the answer (${answer.response.status}) is not a comment: check GITHUB_API_URL, it should be ${API_EXAMPLE}`, answer.response.status, "invalid-answer");
        }
        return comment;
      }
      /** Every comment of an issue or pull request, oldest first, 100 a page. */
      async listIssueComments(issue) {
        const comments = [];
        let next = this.url(`repos/${this.options.repository}/issues/${issue}/comments?per_page=100`);
        for (let pages = 0; next !== void 0 && pages < 1e3; pages += 1) {
          const answer = await this.request("GET", next);
          const page = this.json(`GET ${next.pathname}`, answer);
          if (!Array.isArray(page)) throw new GitHubApiError(`GET ${next.pathname} did not answer with a list of comments: check GITHUB_API_URL`, answer.response.status, "invalid-answer");
          for (const comment of page) comments.push(comment);
          const link = nextPageUrl(answer.response.headers.get("link"));
          next = link === void 0 ? void 0 : new URL(link, next);
          if (next !== void 0 && next.origin !== this.base.origin) {
            throw new GitHubApiError(`the next page of comments is on another host (${next.origin}): check GITHUB_API_URL`, 0, "invalid-answer");
          }
        }
        return comments;
      }
      async createIssueComment(issue, body) {
        const url = this.url(`repos/${this.options.repository}/issues/${issue}/comments`);
        return this.comment(`POST ${url.pathname}`, await this.request("POST", url, { body }));
      }
      async updateIssueComment(id, body) {
        const url = this.url(`repos/${this.options.repository}/issues/comments/${id}`);
        return this.comment(`PATCH ${url.pathname}`, await this.request("PATCH", url, { body }));
      }
    };
  }
});

// src/render/comment.ts
function commentLevel(files) {
  const level = maxLevel(files.map(revisionLevel));
  return { level, setByCommit: files.some((file) => file.levelSetByCommit === level) };
}
function escapeHtmlText(text) {
  return escapeHtml(text.replace(/[\r\n]+/g, " ")).replace(/@(?=\w)/g, "@\u200B");
}
function codeBlock(text) {
  let longest2 = 2;
  for (const match of text.matchAll(/`+/g)) longest2 = Math.max(longest2, match[0].length);
  const fence = "`".repeat(longest2 + 1);
  const safe = text.replace(/<!--/g, "<!\u200B--").replace(/-->/g, "--\u200B>");
  return [`${fence}text`, safe, fence];
}
function summaryOf(file, rows, short3) {
  const lines = [`### ${escapeMarkdown(file.file)}${file.previousFile === void 0 ? "" : ` (was ${escapeMarkdown(file.previousFile)})`}`, ""];
  lines.push(...overrideLead(file, "md"), ...noticeMarkdown(file.diff));
  if (file.entry !== void 0) {
    const entry = short3 && file.entry.length > SHORT_ENTRY ? `${file.entry.slice(0, SHORT_ENTRY - 1)}\u2026` : file.entry;
    lines.push("**Changelog entry**, ready to paste:", "", ...codeBlock(entry), "");
  }
  lines.push(statsLine(file.diff), "");
  const sections = reportedSections(file.diff);
  if (sections.length > 0 && rows > 0) {
    lines.push("| Status | Section | Summary |", "| --- | --- | --- |");
    for (const section of sections.slice(0, rows)) {
      const rename = section.oldHeading === void 0 ? "" : ` (was \u201C${escapeMarkdown(section.oldHeading)}\u201D)`;
      lines.push(`| ${statusLabel(section)} | ${escapeMarkdown(sectionLabel(section))}${rename} | ${changeSummary(section.changes) || "\u2014"} |`);
    }
    if (sections.length > rows) lines.push(`| \u2026 | ${sections.length - rows} more sections | |`);
    lines.push("");
  }
  return lines;
}
function redlinesOf(file) {
  const chapters2 = /* @__PURE__ */ new Map();
  for (const section of reportedSections(file.diff)) {
    if (section.changes.length === 0) continue;
    const chapter = section.path[0] ?? "(preamble)";
    chapters2.set(chapter, [...chapters2.get(chapter) ?? [], section]);
  }
  return [...chapters2].map(([chapter, sections]) => {
    const lines = ["<details>", `<summary>${escapeHtmlText(`${fileTitle(file).replace(/`/g, "")}: ${chapter}`)}</summary>`, ""];
    for (const section of sections) {
      if (section.path.length > 1) lines.push(`**${escapeMarkdown(section.path.slice(1).join(" \u203A "))}**`, "");
      for (const change of section.changes) lines.push(changeItem(change));
      lines.push("");
    }
    lines.push("</details>");
    return lines.join("\n");
  });
}
function removalHeadline(files, level) {
  const removed = files.filter((file) => wholeDocumentChange(file.diff) === "deleted").map((file) => file.file);
  if (removed.length === 0) return void 0;
  return `${level} \u2014 ${removed.length === 1 ? "policy" : "policies"} removed: ${removed.map((file) => `\`${file.replace(/`/g, "")}\``).join(", ")}`;
}
function renderPolicyComment(files, options) {
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const range = `\`${options.base.replace(/`/g, "")}\` \u2192 \`${options.head.replace(/`/g, "")}\``;
  if (files.length === 0) {
    return `${[COMMENT_MARKER, "## Policy change: none", "", `This pull request no longer changes the policy files (${range}).`].join("\n")}
`;
  }
  const { level, setByCommit } = commentLevel(files);
  const headline = `${removalHeadline(files, level) ?? HEADLINE[level]}${setByCommit ? " (set by a commit\u2019s Policy-Significance trailer)" : ""}`;
  const head = [COMMENT_MARKER, `## Policy change: ${headline}`, "", `Compared ${range}.`, ""];
  const checks = options.checks !== void 0 && options.checks.trim() !== "" ? options.checks.trim() : void 0;
  const redlines = files.flatMap(redlinesOf);
  const [base, headRevision] = [options.base.replace(/`/g, ""), options.head.replace(/`/g, "")];
  const localHint = `run \`policydiff diff ${base} ${headRevision}\` locally for the full redline`;
  const whole = options.fullReport ?? `run \`policydiff comment --base ${base} --head ${headRevision}\` locally for the whole comment`;
  const rowCounts = files.map(tableRows);
  const mostRows = Math.min(MAX_TABLE_ROWS, rowCounts.reduce((max, rows2) => Math.max(max, rows2), 0));
  const note = (detail) => {
    const omittedRedlines = redlines.length - detail.redlines;
    const omittedRows = rowCounts.slice(0, detail.files).reduce((sum, rows2) => sum + Math.max(0, rows2 - detail.rows), 0);
    const tableCut = detail.rows < mostRows;
    if (!tableCut && detail.checks && detail.files === files.length) {
      return omittedRedlines === 0 ? void 0 : `_${omittedRedlines} of ${redlines.length} redlines left out to fit GitHub's comment size: ${localHint}._`;
    }
    const parts = [
      omittedRedlines > 0 ? `${omittedRedlines} of ${redlines.length} redlines` : void 0,
      tableCut && omittedRows > 0 ? `${omittedRows} table rows` : void 0,
      !detail.checks && checks !== void 0 ? "the Checks part" : void 0,
      detail.files < files.length ? `${files.length - detail.files} of ${files.length} files` : void 0
    ].filter((part) => part !== void 0);
    const listed2 = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
    return `_${listed2} left out to fit GitHub's limit of ${limit.toLocaleString("en-US")} characters: ${whole}._`;
  };
  const compose = (detail) => {
    const shortened = detail.files < files.length;
    const lines = [...head];
    for (const file of files.slice(0, detail.files)) lines.push(...summaryOf(file, detail.rows, shortened));
    if (detail.checks && checks !== void 0) lines.push(checks, "");
    if (detail.redlines > 0) lines.push("#### Redlines", "", ...redlines.slice(0, detail.redlines).flatMap((block) => [block, ""]));
    const ending = note(detail);
    if (ending !== void 0) lines.push(ending, "");
    return `${lines.join("\n").trimEnd()}
`;
  };
  const largest = (low, high, fits2) => {
    let [found, from, to] = [low - 1, low, high];
    while (from <= to) {
      const middle = Math.floor((from + to) / 2);
      if (fits2(middle)) [found, from] = [middle, middle + 1];
      else to = middle - 1;
    }
    return found;
  };
  const fits = (detail) => compose(detail).length <= limit;
  const all = { redlines: redlines.length, rows: MAX_TABLE_ROWS, checks: true, files: files.length };
  if (fits({ ...all, redlines: 0 })) {
    let used = compose({ ...all, redlines: 0 }).length + "#### Redlines\n\n".length;
    let kept = 0;
    for (const block of redlines) {
      used += block.length + 2;
      if (used > limit) break;
      kept += 1;
    }
    return compose({ ...all, redlines: kept });
  }
  const rows = largest(0, mostRows - 1, (n2) => fits({ ...all, redlines: 0, rows: n2 }));
  if (rows >= 0) return compose({ ...all, redlines: 0, rows });
  const bare = { redlines: 0, rows: 0, checks: false, files: files.length };
  if (checks !== void 0 && fits({ ...bare, checks: true })) return compose({ ...bare, checks: true });
  const shownFiles = largest(0, files.length, (n2) => fits({ ...bare, files: n2 }));
  const text = compose({ ...bare, files: Math.max(0, shownFiles) });
  return text.length <= limit ? text : `${text.slice(0, limit - 2)}\u2026
`;
}
var COMMENT_MARKER, COMMENT_LIMIT, MAX_TABLE_ROWS, HEADLINE, fileTitle, SHORT_ENTRY, tableRows;
var init_comment = __esm({
  "src/render/comment.ts"() {
    "use strict";
    init_diff();
    init_rules();
    init_changes();
    init_html_text();
    init_markdown_escape();
    init_markdown2();
    init_notice2();
    init_summary();
    COMMENT_MARKER = "<!-- policydiff:comment -->";
    COMMENT_LIMIT = 65536;
    MAX_TABLE_ROWS = 150;
    HEADLINE = {
      significant: "significant \u2014 people need a notice",
      minor: "minor",
      editorial: "editorial",
      none: "formatting only"
    };
    fileTitle = (file) => `\`${file.file.replace(/`/g, "'")}\`${file.previousFile === void 0 ? "" : ` (was \`${file.previousFile.replace(/`/g, "'")}\`)`}`;
    SHORT_ENTRY = 2e3;
    tableRows = (file) => reportedSections(file.diff).length;
  }
});

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  register: () => register6,
  repositoryCheckOptions: () => repositoryCheckOptions
});
function repositoryCheckOptions(context, input) {
  const checkOptions = { config: context.config, maxBytes: context.maxBytes, classify: significanceOptions(context), onFallback: warn };
  if (context.configSource !== void 0) checkOptions.configSource = context.configSource;
  if (input !== void 0) checkOptions.format = input;
  return checkOptions;
}
async function runCheck(files, options) {
  const progress = new Progress();
  progress.update("reading the repository\u2026");
  try {
    const context = await openRepository(options);
    const checkOptions = repositoryCheckOptions(context, options.input);
    if (options.base !== void 0) {
      checkOptions.base = await startCommit(context.repo, options.base, await context.repo.resolveRevision("HEAD"));
      checkOptions.baseLabel = options.base;
    }
    if (files.length > 0) checkOptions.files = await selectFiles(context, files);
    progress.update("checking the policies\u2026");
    const report = await runChecks(context.repo, checkOptions);
    progress.done();
    writeOut(renderChecks(forFormat(report, options.format), options.format, process.stdout.isTTY === true ? { table: { width: terminalWidth(), color: useColor() } } : {}));
    const errors = report.findings.filter((finding) => finding.severity === "error").length;
    const warnings = report.findings.length - errors;
    if (errors > 0) throw new PolicydiffError("threshold", `the check found ${errors === 1 ? "1 error" : `${errors} errors`} (listed above): each says how to fix it`);
    if (options.strict === true && warnings > 0) {
      throw new PolicydiffError("threshold", `the check found ${warnings === 1 ? "1 warning" : `${warnings} warnings`} (listed above), which fail with --strict: fix them, or drop --strict`);
    }
  } finally {
    progress.done();
  }
}
function register6(program2) {
  program2.command("check").description('lint the policy files for CI: translations in step, "last updated" dates and change lists kept, significant changes acknowledged').argument("[files...]", "the policy files (default: found by name or by the config)").option("--base <ref>", "check the changes since this revision (default: the merge base with origin/HEAD, main or master)").option("--strict", "fail on warnings too").addOption(formatOption(["text", "md", "json"])).addOption(new Option("--input <kind>", "read the files as this kind instead of guessing from their names").choices(["markdown", "text"])).addOption(maxSizeOption()).addHelpText(
    "after",
    `
Translation sets come from "translations" in policydiff.config.json (e.g. [["privacy.sv.md", "privacy.en.md"]]),
else from file names: privacy.sv.md / privacy.en.md, privacy-fi.md, privacy_fi.txt, sv/privacy.md / en/privacy.md.

Examples:
  $ policydiff check
  $ policydiff check --base origin/main --format md > checks.md
  $ policydiff check --base v1 --format json | jq '.findings[] | {check, file}'

Exit codes: 0 no errors (warnings alone pass unless --strict), 1 errors found, 2 usage, 8 bad config.`
  ).action((files, options) => runCheck(files, options));
}
var init_check2 = __esm({
  "src/cli/commands/check.ts"() {
    "use strict";
    init_esm();
    init_check();
    init_render();
    init_errors();
    init_output();
    init_warnings();
    init_progress();
    init_repository();
    init_significance();
    init_shared();
    init_revisions();
  }
});

// src/cli/commands/comment.ts
var comment_exports = {};
__export(comment_exports, {
  register: () => register7
});
import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync as readFileSync6 } from "node:fs";
function readEvent(path) {
  if (path === void 0 || path === "") return void 0;
  let payload;
  try {
    payload = JSON.parse(readFileSync6(path, "utf8"));
  } catch (error) {
    throw usageError(`cannot read the event payload GITHUB_EVENT_PATH=${quote(path)} (${error instanceof Error ? error.message : String(error)}): run in a GitHub Actions job, or give --base`);
  }
  const pull = payload?.pull_request;
  const number = pull?.number ?? payload?.number;
  const event = { fork: pull?.head?.repo?.fork === true };
  if (typeof number === "number" && Number.isInteger(number) && number > 0) event.number = number;
  if (typeof pull?.base?.sha === "string") event.baseSha = pull.base.sha;
  return event;
}
async function commentFiles(context, given, globs, range) {
  if (given.length > 0 || globs === void 0 || globs.trim() === "") return selectFiles(context, given, range);
  const files = globs.split(/\r?\n/).map((glob) => glob.trim()).filter((glob) => glob !== "");
  try {
    return discoverPolicyFiles(await discoverableFiles(context, range), { ...context.config, files }, "--files").map(nameable);
  } catch (error) {
    if (!(error instanceof PolicydiffError) || error.kind !== "config") throw error;
    throw usageError(`--files ${files.map((glob) => quote(glob)).join(", ")} matches no tracked file: fix the glob (git ls-files lists the tracked files)`);
  }
}
function writeOutputs(path, outputs) {
  if (path === void 0 || path === "") return;
  const text = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `policydiff_${randomUUID()}`;
    return `${name}<<${delimiter}
${value}
${delimiter}
`;
  }).join("");
  try {
    appendFileSync(path, text);
  } catch (error) {
    throw new PolicydiffError("write", `cannot write the step outputs to GITHUB_OUTPUT=${quote(path)} (${error.code ?? String(error)}): run in a GitHub Actions job or unset GITHUB_OUTPUT`);
  }
}
function requiredEnv(name, why) {
  const value = process.env[name];
  if (value === void 0 || value === "") throw usageError(`--post needs ${name} (${why}): run it in a GitHub Actions job, or set ${name}`);
  return value;
}
function appendToSummary(path, markdown) {
  try {
    appendFileSync(path, markdown);
  } catch (error) {
    const code = error.code ?? "";
    const reason = SUMMARY_FAILURES[code] ?? (code || String(error));
    throw new PolicydiffError("write", `cannot write the job summary GITHUB_STEP_SUMMARY=${quote(path, 200)}: ${reason}: run in a GitHub Actions job, or unset GITHUB_STEP_SUMMARY`, { cause: error });
  }
}
function runPage() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = process.env;
  if (!server || !repository || !run || !/^https?:\/\//.test(server) || !/^\d+$/.test(run)) return void 0;
  return `${server.replace(/\/$/, "")}/${repository}/actions/runs/${run}`;
}
function commentBody(files, options) {
  const whole = renderPolicyComment(files, { ...options, maxLength: Number.MAX_SAFE_INTEGER });
  if (whole.length <= COMMENT_LIMIT) return whole;
  const summary = summaryPath();
  if (summary === void 0) return renderPolicyComment(files, options);
  const page = runPage();
  const body = renderPolicyComment(files, { ...options, fullReport: `the full comment is in the job summary of ${page === void 0 ? "this workflow run" : `[this workflow run](${page})`}` });
  const cut = whole.length <= SUMMARY_LIMIT ? whole : `${whole.slice(0, whole.lastIndexOf("\n", SUMMARY_LIMIT - 200))}

_\u2026 cut at GitHub's limit of 1 MiB for a job summary._
`;
  appendToSummary(summary, `${cut}
`);
  return body;
}
async function post(body, changed, event) {
  const token = requiredEnv("GITHUB_TOKEN", "the token that writes the comment");
  const repository = requiredEnv("GITHUB_REPOSITORY", "owner/name");
  if (event?.number === void 0) throw usageError("--post needs the pull request number from the event payload GITHUB_EVENT_PATH: run the action on pull_request events");
  const apiUrl = process.env.GITHUB_API_URL || "https://api.github.com";
  let client;
  try {
    client = new GitHubClient({ token, apiUrl, repository });
  } catch (error) {
    if (error instanceof GitHubApiError) throw usageError(error.message);
    throw error;
  }
  try {
    return await upsertComment(client, event.number, body, { marker: COMMENT_MARKER, createIfMissing: changed });
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    if (error.kind !== "refused" || error.status !== 403) {
      const fix = error.kind === "refused" || error.kind === "unreachable" ? ": check the token input and GITHUB_API_URL" : "";
      throw new PolicydiffError("github", `could not write the pull request comment: ${error.message}${fix}`);
    }
    const reason = event.fork ? "a pull request from a fork gets a read-only token" : "the token may not write pull request comments (give the job permissions: pull-requests: write)";
    const summary = summaryPath();
    if (summary === void 0) {
      throw new PolicydiffError("github", `GitHub refused the comment (403: ${reason}) and GITHUB_STEP_SUMMARY is not set: run policydiff comment without --post to see it`);
    }
    const note = `> [!NOTE]
> policydiff could not comment on this pull request: ${reason}. The comment it would have written follows.

`;
    appendToSummary(summary, `${note}${body}
`);
    process.stderr.write(`policydiff: GitHub refused the comment (403: ${reason}); wrote it to the job summary instead
`);
    return void 0;
  }
}
async function commentChecks(context, options, range, files) {
  const checkOptions = { ...repositoryCheckOptions(context, options.input), base: range.from, baseLabel: range.from.slice(0, 7), head: range.to, files };
  const report = await runChecks(context.repo, checkOptions);
  const markdown = renderCommentChecks(report);
  return markdown === void 0 ? { findings: report.findings } : { findings: report.findings, markdown };
}
function failOnChecksReached(findings, failOn) {
  if (failOn === "none") return void 0;
  const counted = failOn === "error" ? findings.filter((finding) => finding.severity === "error") : findings;
  if (counted.length === 0) return void 0;
  const errors = counted.filter((finding) => finding.severity === "error").length;
  const found = [errors > 0 ? plural2(errors, "error") : "", counted.length > errors ? plural2(counted.length - errors, "warning") : ""].filter(Boolean).join(" and ");
  return `the checks found ${found}, which reaches --fail-on-checks ${failOn} (see the comment's Checks part for the fixes)`;
}
async function runComment(given, options) {
  if (!options.checks && options.failOnChecks !== "none") {
    throw usageError(`--fail-on-checks ${options.failOnChecks} needs the checks that --no-checks turns off: drop one of them (the action: checks "true", or fail-on-checks "none")`);
  }
  const event = readEvent(process.env.GITHUB_EVENT_PATH);
  const baseSpec = options.base ?? event?.baseSha;
  if (baseSpec === void 0) throw usageError("comment needs the base to compare with: give --base <revision> (in a pull_request job it is read from the event)");
  const context = await openRepository(options);
  const { repo } = context;
  const to = await repo.resolveEnd(options.head);
  const from = await startCommit(repo, baseSpec, to);
  const files = await commentFiles(context, given, options.files, { to, from });
  const read = [];
  const ranges = await revisionDiffs(context, options, files, from, to, read);
  const diffs = ranges.map((range) => range.revision);
  const writer = new EntryWriter({ pattern: entryDatePattern(void 0, context.config.dateFormat), lang: options.lang });
  const date = await repo.commitDay(to);
  const commentFilesList = ranges.map(({ revision, commits }) => {
    const built = writer.forRange(revision.file, revision.diff, date, commits);
    return built === void 0 ? revision : { ...revision, entry: entryText(built) };
  });
  const checks = options.checks && diffs.length > 0 ? await commentChecks(context, options, { from, to }, files) : { findings: [] };
  const commentOptions = { base: from.slice(0, 7), head: to.slice(0, 7) };
  if (checks.markdown !== void 0) commentOptions.checks = checks.markdown;
  const body = commentBody(commentFilesList, commentOptions);
  const { level } = commentLevel(diffs);
  const entries = commentFilesList.flatMap((file) => file.entry === void 0 ? [] : [file.entry]);
  let url = "";
  if (options.post === true) {
    const result = await post(body, diffs.length > 0, event);
    if (result !== void 0 && result.action !== "none") {
      url = result.url;
      const done = result.action === "unchanged" ? "the pull request comment is up to date:" : `${result.action} the pull request comment`;
      process.stderr.write(`policydiff: ${done} ${url}
`);
    } else if (result?.action === "none") {
      process.stderr.write("policydiff: the pull request does not change the policy files and has no policydiff comment: nothing to post\n");
    }
  }
  if (options.format === "json") {
    writeOut(`${JSON.stringify({ schemaVersion: 1, base: from, head: to, level, entries, comment: body, checks: checks.findings, files: diffs.map(revisionDiffToJson) }, null, 2)}
`);
  } else {
    writeOut(body);
  }
  writer.printWarnings();
  warnUnmatchedHeadings(context.configSource, read);
  const checkErrors = checks.findings.filter((finding) => finding.severity === "error").length;
  writeOutputs(process.env.GITHUB_OUTPUT, { level, entry: entries.join("\n"), "comment-url": url, "check-errors": String(checkErrors) });
  const reached = [
    failOnReached(diffs.map(revisionLevel), options.failOn === "none" ? void 0 : options.failOn),
    failOnChecksReached(checks.findings, options.failOnChecks)
  ].filter((reason) => reason !== void 0);
  if (reached.length > 0) throw new PolicydiffError("threshold", reached.join("; and "));
}
function register7(program2) {
  program2.command("comment").description("the pull request's policy comment: significance, changelog entry, table and redlines (--post writes it to GitHub)").argument("[files...]", "the policy files (default: --files, else found by name or by the config)").option("--base <revision>", "the version before the change (default: the pull request's base commit from GITHUB_EVENT_PATH)").option("--head <revision>", "the version after the change", "HEAD").option("--files <globs>", 'the policy files as globs from the repository top, one a line (the action input "files")').addOption(formatOption(["md", "json"], "md")).option("--post", "create or update the comment on the pull request (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_API_URL)").addOption(
    new Option("--fail-on <level>", "exit with code 1 when the change is at least this significant, after posting").choices(["none", "editorial", "minor", "significant"]).default("none")
  ).addOption(
    new Option("--fail-on-checks <severity>", "exit with code 1 when the checks find this (error: errors; warning: errors or warnings), after posting").choices(["none", "warning", "error"]).default("none")
  ).option("--no-checks", "leave out the Checks part (the findings of policydiff check over the same range and files)").addOption(languageOption()).addOption(new Option("--input <kind>", "read the files as this kind instead of guessing from their names").choices(["markdown", "text"])).addOption(maxSizeOption()).addHelpText(
    "after",
    `
In a GitHub Actions job on pull_request, --base defaults to the pull request's base commit; the checkout needs
the history (actions/checkout with fetch-depth: 0). A 403 from GitHub (a fork's read-only token) puts the
comment in the job summary instead (exit 0). Outputs level, entry, comment-url and check-errors go to GITHUB_OUTPUT.
The Checks part lists what policydiff check finds over the same range and files; when every applicable check
passes it is one line, and when none applies (no translation set, date line, change list or significant change)
it is left out.

Examples:
  $ policydiff comment --base main                      print the comment for the changes since main
  $ policydiff comment --base v1 --head v2 -- privacy.md
  $ policydiff comment --post --fail-on significant     in a pull_request job (what the action runs)
  $ policydiff comment --post --fail-on-checks error    fail the job on a check's error, e.g. translation drift`
  ).action((files, options) => runComment(files, options));
}
var SUMMARY_FAILURES, SUMMARY_LIMIT, summaryPath;
var init_comment2 = __esm({
  "src/cli/commands/comment.ts"() {
    "use strict";
    init_esm();
    init_check();
    init_wording();
    init_discover();
    init_entries();
    init_errors();
    init_client();
    init_changes();
    init_comment();
    init_output();
    init_repository();
    init_significance();
    init_check2();
    init_entry_options();
    init_diff_revisions();
    init_headings();
    init_shared();
    init_revisions();
    SUMMARY_FAILURES = {
      ENOENT: "the folder does not exist",
      ENOTDIR: "a part of the path is a file, not a folder",
      EISDIR: "it is a folder",
      EACCES: "no permission",
      EPERM: "no permission",
      ENOSPC: "the disk is full",
      EROFS: "the file system is read-only"
    };
    SUMMARY_LIMIT = 1024 * 1024;
    summaryPath = () => process.env.GITHUB_STEP_SUMMARY || void 0;
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  buildProgram: () => buildProgram,
  commandName: () => commandName,
  main: () => main
});
import { createRequire } from "node:module";
function commandName(args) {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "-C" || arg === "--cwd") index += 1;
    else if (!arg.startsWith("--cwd=") && !/^-C./.test(arg)) return arg;
  }
  return void 0;
}
async function buildProgram(command) {
  const program2 = new Command("policydiff").description("Section-aware diffs and changelog entries for privacy policies and terms kept in git.").version(version, "-V, --version").option("-C, --cwd <dir>", "run as if started in <dir> (like git -C; before or after the command): files, revisions, the config and the files written are taken from there").configureHelp({ showGlobalOptions: true }).hook("preAction", (root, command2) => {
    const dir = root.getOptionValue("cwd");
    if (dir !== void 0 && command2 !== root) command2.setOptionValue("cwd", dir);
  }).showSuggestionAfterError().exitOverride().configureOutput({
    // One line, in the same voice as policydiff's own errors, saying where the usage is explained.
    outputError: (message, write) => write(`policydiff: ${message.replace(/^error: /, "").trimEnd().replace(/\n/g, " ")} (see policydiff --help)
`)
  }).addHelpText(
    "after",
    `
Examples:
  $ policydiff diff old.txt new.txt             compare two files on disk
  $ policydiff sections privacy.md              show the chapters policydiff sees
  $ policydiff since v1                         changes since tag v1, each with its entry line
  $ policydiff -C ../website log --summary      one line per change, in another repository
  $ policydiff changelog v1 --write CHANGELOG.md
  $ policydiff notes v1 --store play            release notes within Google Play's 500 characters
  $ policydiff comment --base main --post       the pull request's policy comment (GitHub Actions)
  $ policydiff check --base origin/main         CI lint: translations, dates, change lists, notices

Exit codes: 0 ok, 1 --fail-on threshold reached or check errors, 2 usage, 3 bad input file,
4 not a git repository, 5 unknown revision or date, 6 file not tracked, 7 shallow clone,
8 bad config, 9 write failed, 10 GitHub API failed, 11 not built yet (npm run build),
70 internal error; 130/143 stopped by Ctrl-C/SIGTERM (a file being written is finished first).`
  );
  const named2 = COMMAND_MODULES.filter(([names2]) => command !== void 0 && names2.includes(command));
  const needed = command === "-V" || command === "--version" ? [] : named2.length > 0 ? named2 : COMMAND_MODULES;
  const modules = await Promise.all(needed.map(([, load]) => load()));
  for (const { register: register8 } of modules) register8(program2);
  return program2;
}
function fail(message, exitCode) {
  process.stderr.write(`policydiff: ${message}
`);
  process.exitCode = exitCode;
}
async function main(argv) {
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    process.stderr.write(`policydiff: cannot write the output: ${OUTPUT_FAILURES[error.code ?? ""] ?? `${error.code ?? error.message}: check where the output goes`}
`);
    process.exit(ExitCode.write);
  });
  try {
    await (await buildProgram(commandName(argv.slice(2)))).parseAsync(argv);
    await new Promise((done) => setImmediate(done));
    flushWarnings();
  } catch (error) {
    if (error instanceof PolicydiffError && error.kind === "threshold") flushWarnings();
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    } else if (error instanceof PolicydiffError) {
      fail(error.message, error.exitCode);
    } else {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      fail(`internal error, please report it at https://github.com/policydiff/policydiff/issues with this text:
${detail}`, ExitCode.internal);
    }
  }
}
var COMMAND_MODULES, version, OUTPUT_FAILURES;
var init_main = __esm({
  async "src/cli/main.ts"() {
    "use strict";
    init_esm();
    init_errors();
    init_warnings();
    COMMAND_MODULES = [
      [["diff"], () => Promise.resolve().then(() => (init_diff2(), diff_exports))],
      [["sections"], () => Promise.resolve().then(() => (init_sections(), sections_exports))],
      [["since", "log"], () => Promise.resolve().then(() => (init_history3(), history_exports))],
      [["changelog"], () => Promise.resolve().then(() => (init_changelog(), changelog_exports))],
      [["notes"], () => Promise.resolve().then(() => (init_notes(), notes_exports))],
      [["comment"], () => Promise.resolve().then(() => (init_comment2(), comment_exports))],
      [["check"], () => Promise.resolve().then(() => (init_check2(), check_exports))]
    ];
    ({ version } = createRequire(import.meta.url)("../../package.json"));
    OUTPUT_FAILURES = {
      ENOSPC: "the disk is full: free some space or write elsewhere",
      EDQUOT: "the disk quota is used up: free some space or write elsewhere",
      EFBIG: "it is larger than this system allows to write (ulimit -f or the file system's limit): raise the limit or write elsewhere",
      EIO: "an input/output error on the device it goes to: write elsewhere"
    };
    await main(process.argv);
  }
});

// action/main.mjs
import { setFlagsFromString } from "node:v8";
if (Number(process.versions.node.split(".")[0]) <= 24) setFlagsFromString("--no-turbo-inlining");
await init_main().then(() => main_exports);
